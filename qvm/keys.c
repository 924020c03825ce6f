/* keys.c - the keypress device's key state (platform.md §Keypress): key names, setting
 * and clearing keys, and key scripts (--key-script) that press and release keys at
 * given cycle counts so that a game plays the same way every time. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "util.h"

static const struct {
    const char *name;
    uint32_t bit;
} special_keys[] = {
    {"left", QPU_KEY_LEFT},           {"right", QPU_KEY_RIGHT},
    {"up", QPU_KEY_UP},               {"down", QPU_KEY_DOWN},
    {"space", QPU_KEY_SPACE},         {"escape", QPU_KEY_ESCAPE},
    {"enter", QPU_KEY_ENTER},         {"tab", QPU_KEY_TAB},
    {"backspace", QPU_KEY_BACKSPACE}, {"delete", QPU_KEY_DELETE},
    {"shift", QPU_KEY_SHIFT},         {"ctrl", QPU_KEY_CTRL},
    {"alt", QPU_KEY_ALT},             {"meta", QPU_KEY_META},
};

struct key key_from_ascii(int c)
{
    struct key k = {0, c};
    switch (c) {
    case 'w': k.special = QPU_KEY_UP; break;
    case 'a': k.special = QPU_KEY_LEFT; break;
    case 's': k.special = QPU_KEY_DOWN; break;
    case 'd': k.special = QPU_KEY_RIGHT; break;
    }
    return k;
}

bool key_by_name(const char *name, struct key *out)
{
    for (size_t i = 0; i < sizeof special_keys / sizeof special_keys[0]; i++)
        if (strcmp(name, special_keys[i].name) == 0) {
            out->special = special_keys[i].bit;
            out->ascii = -1;
            return true;
        }
    if (name[0] > ' ' && name[0] < 0x7F && name[1] == '\0') {
        *out = key_from_ascii(name[0]);
        return true;
    }
    return false;
}

void key_set(struct key_state *ks, const struct key *k, bool down)
{
    uint32_t *w = ks->words;
    if (down)
        w[0] |= k->special;
    else
        w[0] &= ~k->special;
    if (k->ascii >= 0 && k->ascii < 128) {
        uint32_t bit = 1u << (k->ascii & 31);
        if (down)
            w[1 + (k->ascii >> 5)] |= bit;
        else
            w[1 + (k->ascii >> 5)] &= ~bit;
    }
}

/* One script line "CYCLE down|up KEY"; false with a reason. */
static bool parse_line(char *line, struct key_event *ev, const char **why)
{
    char *words[4];
    int n = 0;
    for (char *t = strtok(line, " \t\r"); t && n < 4; t = strtok(NULL, " \t\r"))
        words[n++] = t;
    if (n != 3) {
        *why = "expected CYCLE down|up KEY";
        return false;
    }
    char *end;
    errno = 0;
    if (!isdigit((unsigned char)words[0][0])) {
        *why = "bad cycle count (decimal)";
        return false;
    }
    ev->cycle = strtoull(words[0], &end, 10);
    if (errno || *end) {
        *why = "bad cycle count (decimal)";
        return false;
    }
    if (strcmp(words[1], "down") && strcmp(words[1], "up")) {
        *why = "expected 'down' or 'up'";
        return false;
    }
    ev->down = strcmp(words[1], "down") == 0;
    if (!key_by_name(words[2], &ev->key)) {
        *why = "unknown key name";
        return false;
    }
    return true;
}

bool key_script_load(struct key_state *ks, const char *path, char *err, size_t errlen)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        snprintf(err, errlen, "--key-script: cannot read %s: %s", path, strerror(errno));
        return false;
    }
    size_t cap = 0, lineno = 0;
    bool ok = true;
    for (char *line = text, *next; ok && line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        if (strspn(line, " \t\r") == strlen(line))
            continue;
        struct key_event ev;
        const char *why = NULL;
        if (parse_line(line, &ev, &why) && ks->nscript && ev.cycle < ks->script[ks->nscript - 1].cycle)
            why = "cycle counts must not decrease";
        if (why) {
            snprintf(err, errlen, "--key-script: %s:%zu: %s", path, lineno, why);
            ok = false;
            break;
        }
        if (ks->nscript == cap) {
            cap = cap ? 2 * cap : 32;
            ks->script = xrealloc(ks->script, cap * sizeof *ks->script);
        }
        ks->script[ks->nscript++] = ev;
    }
    free(text);
    return ok;
}

void key_script_advance(struct key_state *ks, uint64_t now)
{
    while (ks->next < ks->nscript && ks->script[ks->next].cycle <= now) {
        key_set(ks, &ks->script[ks->next].key, ks->script[ks->next].down);
        ks->next++;
    }
}
