/* display_setup.c - qvm's display options (-D WxH, --display-file, -k, --key-script)
 * turned into the display and keypress devices, with the checks that give each misuse
 * a clear message. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "display_setup.h"
#include "util.h"

static bool parse_side(const char *text, char **end, uint32_t *out)
{
    if (*text < '0' || *text > '9')
        return false;
    errno = 0;
    unsigned long v = strtoul(text, end, 10);
    if (errno || v == 0 || v > DISPLAY_MAX_SIDE)
        return false;
    *out = (uint32_t)v;
    return true;
}

bool display_parse_size(const char *text, uint32_t *w, uint32_t *h)
{
    char *end;
    if (!parse_side(text, &end, w) || (*end != 'x' && *end != 'X'))
        return false;
    return parse_side(end + 1, &end, h) && *end == '\0';
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

bool display_devices_new(const struct display_options *o, const char *program,
                         struct vm_device **display, struct vm_device **keypress,
                         char *err, size_t errlen)
{
    *display = *keypress = NULL;
    bool keys = o->keys || o->key_script;
    if (!o->size) {
        if (keys || o->file) {
            snprintf(err, errlen, "%s needs the display (-D WxH)",
                     o->file ? "--display-file" : o->keys ? "-k" : "--key-script");
            return false;
        }
        return true;
    }
    uint32_t w, h;
    if (!display_parse_size(o->size, &w, &h)) {
        snprintf(err, errlen, "-D: bad display size '%s' (WxH, each 1..%d)", o->size,
                 DISPLAY_MAX_SIDE);
        return false;
    }
    struct key_state *ks = keys ? xcalloc(1, sizeof *ks) : NULL;
    if (o->key_script && !key_script_load(ks, o->key_script, err, errlen)) {
        free(ks->script);
        free(ks);
        return false;
    }
    struct display_out *out;
    if (o->file) {
        out = display_file_new(o->file);
    } else {
        char title[300];
        snprintf(title, sizeof title, "qvm - %s", program ? base_name(program) : "(no program)");
        out = display_sdl_new(title, w, h, err, errlen);
        if (!out) {
            if (ks)
                free(ks->script);
            free(ks);
            return false;
        }
    }
    *display = dev_display_new(w, h, out, ks);
    if (ks)
        *keypress = dev_keypress_new(ks);
    return true;
}
