/* symbols.c - loading symbol tables from qld map files and ELF executables, and the
 * look-ups by name and by address. */
#include "symbols.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qobj.h"
#include "util.h"

void symbols_add(struct vm_symbols *s, uint32_t addr, char type, const char *name,
                 size_t name_len)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->sym = xrealloc(s->sym, s->cap * sizeof *s->sym);
    }
    s->sym[s->n++] = (struct vm_symbol){addr, type, xstrndup(name, name_len)};
}

static int by_address(const void *x, const void *y)
{
    const struct vm_symbol *a = x, *b = y;
    if (a->addr != b->addr)
        return a->addr < b->addr ? -1 : 1;
    /* Prefer global names, then the alphabet, so the choice is stable. */
    if (isupper((unsigned char)a->type) != isupper((unsigned char)b->type))
        return isupper((unsigned char)a->type) ? -1 : 1;
    return strcmp(a->name, b->name);
}

void symbols_sort(struct vm_symbols *s)
{
    if (s->n)
        qsort(s->sym, s->n, sizeof *s->sym, by_address);
}

void symbols_free(struct vm_symbols *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        free(s->sym[i].name);
    free(s->sym);
    free(s);
}

static bool valid_type(char c) { return c && strchr("TtRrDdBbAa", c) != NULL; }

/* One map line: "0x%08x %c %s". Anything else is not a symbol line. */
static void parse_map_line(struct vm_symbols *s, const char *p, const char *end)
{
    if (end - p < 14 || p[0] != '0' || p[1] != 'x')
        return;
    uint32_t addr = 0;
    for (int i = 2; i < 10; i++) {
        int c = (unsigned char)p[i], v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            return;
        addr = addr << 4 | (uint32_t)v;
    }
    if (p[10] != ' ' || !valid_type(p[11]) || p[12] != ' ')
        return;
    const char *name = p + 13, *name_end = end;
    while (name_end > name && (name_end[-1] == '\r' || name_end[-1] == ' '))
        name_end--;
    if (name_end == name || memchr(name, ' ', (size_t)(name_end - name)))
        return;
    symbols_add(s, addr, p[11], name, (size_t)(name_end - name));
}

bool symbols_parse_map(struct vm_symbols *s, const char *text, size_t len, char *err,
                       size_t errlen)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *line_end = nl ? nl : end;
        parse_map_line(s, p, line_end);
        p = nl ? nl + 1 : end;
    }
    if (s->n == 0) {
        snprintf(err, errlen, "no symbol lines (\"0x%%08x T name\") in the map file");
        return false;
    }
    symbols_sort(s);
    return true;
}

struct vm_symbols *symbols_load(const char *path, char *err, size_t errlen)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        snprintf(err, errlen, "cannot read %s: %m", path);
        return NULL;
    }
    struct vm_symbols *s = xcalloc(1, sizeof *s);
    bool ok = len >= 4 && memcmp(text, "\x7f" "ELF", 4) == 0
                  ? symbols_parse_elf(s, (const unsigned char *)text, len, err, errlen)
                  : symbols_parse_map(s, text, len, err, errlen);
    free(text);
    if (!ok) {
        symbols_free(s);
        return NULL;
    }
    return s;
}

bool symbols_find(const struct vm_symbols *s, const char *name, uint32_t *addr)
{
    for (size_t i = 0; s && i < s->n; i++)
        if (strcmp(s->sym[i].name, name) == 0) {
            *addr = s->sym[i].addr;
            return true;
        }
    return false;
}

const struct vm_symbol *symbols_near(const struct vm_symbols *s, uint32_t addr)
{
    if (!s || s->n == 0)
        return NULL;
    size_t lo = 0, hi = s->n; /* first index with sym.addr > addr */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->sym[mid].addr <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* Walk down past absolute symbols that are not exact. */
    while (lo > 0) {
        const struct vm_symbol *c = &s->sym[lo - 1];
        bool absolute = c->type == 'A' || c->type == 'a';
        if (!absolute || c->addr == addr) {
            /* the first (preferred) name at this address */
            size_t i = lo - 1;
            while (i > 0 && s->sym[i - 1].addr == c->addr &&
                   !(s->sym[i - 1].type == 'A' || s->sym[i - 1].type == 'a'))
                i--;
            return &s->sym[i];
        }
        lo--;
    }
    return NULL;
}

/* ELF: an executable written by `qld --elf` (or an object: then addresses are section
 * offsets, which is still better than nothing). */
bool symbols_parse_elf(struct vm_symbols *s, const unsigned char *data, size_t len,
                       char *err, size_t errlen)
{
    static const char letters[QSEC_COUNT] = {'T', 'R', 'D', 'B'};
    struct qobj o;
    memset(&o, 0, sizeof o);
    bool ok = qobj_read_elf(data, len, &o, err, errlen);
    for (size_t i = 0; ok && i < o.nsymbols; i++) {
        const struct qobj_symbol *q = &o.symbols[i];
        char type;
        uint32_t addr;
        if (q->section == QSYM_ABS) {
            type = 'A';
            addr = q->value;
        } else if (q->section >= 0 && q->section < QSEC_COUNT) {
            type = letters[q->section];
            addr = o.addr[q->section] + q->value;
        } else {
            continue;
        }
        if (!q->global)
            type = (char)tolower((unsigned char)type);
        if (q->name && q->name[0])
            symbols_add(s, addr, type, q->name, strlen(q->name));
    }
    qobj_free(&o);
    if (ok && s->n == 0) {
        snprintf(err, errlen, "the ELF file has no symbols");
        ok = false;
    }
    symbols_sort(s);
    return ok;
}
