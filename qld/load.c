/* load.c - reads the command-line files: objects join the link at once; archive members
 * join when they define a symbol that is referenced but still undefined, repeatedly,
 * like GNU ld (members of an archive may need each other; an archive is not revisited
 * for references that first appear in later files). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ar.h"
#include "diag.h"
#include "fileio.h"
#include "qld.h"
#include "util.h"

static void add_input(struct linker *ld, char *name, struct qobj *obj)
{
    ld->inputs = xrealloc(ld->inputs, (ld->ninputs + 1) * sizeof *ld->inputs);
    ld->inputs[ld->ninputs] = (struct input){.name = name, .obj = *obj};
    memset(obj, 0, sizeof *obj);
    ld->ninputs++;
}

/* Parses one object; name is used in messages. */
static bool parse_object(const char *name, const unsigned char *data, size_t len,
                         struct qobj *obj)
{
    char err[256];
    if (!qobj_read_elf(data, len, obj, err, sizeof err)) {
        diag_error("%s: %s", name, err);
        return false;
    }
    if (obj->executable) {
        diag_error("%s: is an executable, not a relocatable object", name);
        return false;
    }
    return true;
}

struct member {
    char *name;
    struct qobj obj;
    bool used;
};

/* Pulls the members of an archive that are wanted, until none is. */
static bool pull_members(struct linker *ld, struct member *m, size_t n)
{
    bool ok = true, again = true;
    while (again && ok) {
        again = false;
        for (size_t i = 0; i < n && ok; i++) {
            if (m[i].used || !symtab_wanted(ld, &m[i].obj))
                continue;
            m[i].used = again = true;
            add_input(ld, m[i].name, &m[i].obj);
            m[i].name = NULL;
            ok = symtab_add_input(ld, ld->ninputs - 1);
        }
    }
    return ok;
}

static bool load_archive(struct linker *ld, const char *path, const unsigned char *data,
                         size_t len)
{
    struct ar_member *am;
    size_t n;
    char err[256];
    bool ok = ar_read(data, len, &am, &n, err, sizeof err);
    if (!ok)
        diag_error("%s: corrupt archive: %s", path, err);
    struct member *m = xcalloc(n ? n : 1, sizeof *m);
    for (size_t i = 0; i < n && ok; i++) {
        size_t need = strlen(path) + strlen(am[i].name) + 3;
        m[i].name = xmalloc(need);
        snprintf(m[i].name, need, "%s(%s)", path, am[i].name);
        ok = parse_object(m[i].name, am[i].data, am[i].size, &m[i].obj);
    }
    if (ok)
        ok = pull_members(ld, m, n);
    for (size_t i = 0; i < n; i++) {
        free(m[i].name);
        qobj_free(&m[i].obj);
    }
    free(m);
    ar_free(am, n);
    return ok;
}

bool load_file(struct linker *ld, const char *path)
{
    size_t len;
    char *data = read_input(path, QLD_INPUT_LIMIT, 0, &len);
    if (!data)
        return false;
    const unsigned char *bytes = (const unsigned char *)data;
    bool ok;
    if (ar_is_archive(bytes, len) || (len >= 8 && memcmp(bytes, "!<thin>\n", 8) == 0)) {
        ok = load_archive(ld, path, bytes, len);
    } else {
        struct qobj obj;
        ok = parse_object(path, bytes, len, &obj);
        if (ok) {
            add_input(ld, xstrdup(path), &obj);
            ok = symtab_add_input(ld, ld->ninputs - 1);
        }
        qobj_free(&obj);
    }
    free(data);
    return ok;
}
