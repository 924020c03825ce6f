/* output.c - writes the linked program: the flat .qbin (text, rodata, data; bss is not
 * stored), the ELF executable, and the map file qvm reads (one `0x%08x %c %s` line per
 * symbol, sorted by address; other lines start with '#'). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "qld.h"
#include "util.h"

static bool write_or_complain(const char *path, const void *data, size_t len)
{
    if (write_file(path, data, len))
        return true;
    diag_error("cannot write %s: %s", path, strerror(errno));
    return false;
}

bool write_qbin(struct linker *ld, const char *path)
{
    struct buf b = {0};
    for (int sec = 0; sec < QSEC_BSS; sec++)
        for (uint32_t w = 0; w < ld->out.size[sec]; w++)
            buf_put_u32le(&b, ld->out.words[sec][w]);
    bool ok = write_or_complain(path, b.data, b.len);
    buf_free(&b);
    return ok;
}

/* Which output section an absolute address falls in (for linker-provided symbols). */
static int section_at(const struct qobj *out, uint32_t addr)
{
    for (int sec = QSEC_COUNT - 1; sec >= 0; sec--)
        if (addr >= out->addr[sec] && addr - out->addr[sec] <= out->size[sec])
            return sec;
    return QSYM_ABS;
}

static void add_output_symbol(struct qobj *out, const char *name, int sec, uint32_t addr,
                              bool global)
{
    uint32_t value = sec >= 0 ? addr - out->addr[sec] : addr;
    qobj_add_symbol(out, name, sec, value, global);
}

void collect_symbols(struct linker *ld)
{
    struct qobj *out = &ld->out;
    for (size_t i = 0; i < ld->ninputs; i++) {
        const struct qobj *o = &ld->inputs[i].obj;
        for (size_t s = 0; s < o->nsymbols; s++) {
            const struct qobj_symbol *sym = &o->symbols[s];
            if (sym->section == QSYM_UNDEF || sym->name[0] == '\0')
                continue;
            if (sym->weak) { /* an overridden weak definition is left out */
                const struct gsym *g = symtab_lookup(ld, sym->name);
                if (g && ((size_t)g->input != i || g->sym != s))
                    continue;
            }
            add_output_symbol(out, sym->name, sym->section, symbol_address(ld, i, s),
                              sym->global);
        }
    }
    for (size_t k = 0; k < ld->table_size; k++) {
        const struct gsym *g = &ld->table[k];
        if (g->name && g->input == DEF_LINKER)
            add_output_symbol(out, g->name, section_at(out, g->value), g->value, true);
    }
}

bool write_elf(struct linker *ld, const char *path)
{
    struct buf b = {0};
    qobj_to_elf(&ld->out, &b);
    bool ok = write_or_complain(path, b.data, b.len);
    buf_free(&b);
    return ok;
}

struct map_line {
    uint32_t addr;
    size_t index; /* keeps equal addresses in input order */
    char type;
    const char *name;
};

static int by_address(const void *a, const void *b)
{
    const struct map_line *x = a, *y = b;
    if (x->addr != y->addr)
        return x->addr < y->addr ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static char type_letter(const struct qobj_symbol *s)
{
    static const char letters[QSEC_COUNT] = {'t', 'r', 'd', 'b'};
    char c = s->section >= 0 ? letters[s->section] : 'a';
    return s->global ? (char)(c - 'a' + 'A') : c;
}

static bool plain_name(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s <= ' ' || *s == 0x7f)
            return false;
    return true;
}

bool write_map(struct linker *ld, const char *path)
{
    const struct qobj *out = &ld->out;
    struct map_line *lines = xcalloc(out->nsymbols ? out->nsymbols : 1, sizeof *lines);
    for (size_t i = 0; i < out->nsymbols; i++) {
        const struct qobj_symbol *s = &out->symbols[i];
        uint32_t addr = s->section >= 0 ? out->addr[s->section] + s->value : s->value;
        lines[i] = (struct map_line){addr, i, type_letter(s), s->name};
    }
    qsort(lines, out->nsymbols, sizeof *lines, by_address);

    struct buf b = {0};
    char line[64];
    int n = snprintf(line, sizeof line, "# qld map: entry 0x%08x ", out->entry);
    buf_append(&b, line, (size_t)n);
    buf_append(&b, ld->opt.entry, strlen(ld->opt.entry));
    buf_append(&b, "\n", 1);
    for (int sec = 0; sec < QSEC_COUNT; sec++) {
        n = snprintf(line, sizeof line, "# %-7s 0x%08x size 0x%08x\n",
                     qobj_section_names[sec], out->addr[sec], out->size[sec]);
        buf_append(&b, line, (size_t)n);
    }
    for (size_t i = 0; i < out->nsymbols; i++) {
        if (!plain_name(lines[i].name))
            continue; /* would break the one-symbol-per-line format */
        n = snprintf(line, sizeof line, "0x%08x %c ", lines[i].addr, lines[i].type);
        buf_append(&b, line, (size_t)n);
        buf_append(&b, lines[i].name, strlen(lines[i].name));
        buf_append(&b, "\n", 1);
    }
    free(lines);
    bool ok = write_or_complain(path, b.data, b.len);
    buf_free(&b);
    return ok;
}
