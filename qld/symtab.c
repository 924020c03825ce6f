/* symtab.c - the global symbol table: who defines each global name, which names are
 * still undefined, duplicate and undefined-reference errors. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "qld.h"
#include "util.h"

static size_t hash(const char *s)
{
    size_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static struct gsym *find_slot(struct gsym *table, size_t size, const char *name)
{
    size_t i = hash(name) & (size - 1);
    while (table[i].name && strcmp(table[i].name, name) != 0)
        i = (i + 1) & (size - 1);
    return &table[i];
}

struct gsym *symtab_lookup(struct linker *ld, const char *name)
{
    if (!ld->table_size)
        return NULL;
    struct gsym *g = find_slot(ld->table, ld->table_size, name);
    return g->name ? g : NULL;
}

static void grow(struct linker *ld)
{
    size_t size = ld->table_size ? ld->table_size * 2 : 64;
    struct gsym *table = xcalloc(size, sizeof *table);
    for (size_t i = 0; i < ld->table_size; i++)
        if (ld->table[i].name)
            *find_slot(table, size, ld->table[i].name) = ld->table[i];
    free(ld->table);
    ld->table = table;
    ld->table_size = size;
}

struct gsym *symtab_insert(struct linker *ld, const char *name)
{
    if (2 * (ld->table_used + 1) > ld->table_size)
        grow(ld);
    struct gsym *g = find_slot(ld->table, ld->table_size, name);
    if (!g->name) {
        *g = (struct gsym){xstrdup(name), DEF_UNDEFINED, 0, 0, false, false};
        ld->table_used++;
        ld->undefined++;
    }
    return g;
}

/* A global definition: a strong one replaces a weak one, a weak one never replaces
 * (the first weak one stands until a strong one comes); two strong ones clash. */
static bool define(struct linker *ld, size_t i, size_t s)
{
    const struct qobj_symbol *sym = &ld->inputs[i].obj.symbols[s];
    const char *name = sym->name;
    struct gsym *g = symtab_insert(ld, name);
    if (g->input >= 0 && (sym->weak || g->weak_def)) {
        if (!sym->weak) {
            g->input = (long)i;
            g->sym = s;
            g->weak_def = false;
        }
        return true;
    }
    if (g->input >= 0) {
        diag_error("duplicate definition of '%s' in %s (first defined in %s)", name,
                   ld->inputs[i].name, ld->inputs[g->input].name);
        return false;
    }
    g->weak_def = sym->weak;
    if (g->input == DEF_UNDEFINED)
        ld->undefined--;
    g->input = (long)i;
    g->sym = s;
    return true;
}

bool symtab_add_input(struct linker *ld, size_t i)
{
    const struct qobj *o = &ld->inputs[i].obj;
    bool ok = true;
    for (size_t s = 0; s < o->nsymbols; s++) {
        const struct qobj_symbol *sym = &o->symbols[s];
        if (sym->section == QSYM_UNDEF)
            symtab_insert(ld, sym->name)->strong_ref |= !sym->weak;
        else if (sym->global)
            ok &= define(ld, i, s);
    }
    return ok;
}

bool symtab_wanted(struct linker *ld, const struct qobj *obj)
{
    for (size_t s = 0; s < obj->nsymbols; s++) {
        const struct qobj_symbol *sym = &obj->symbols[s];
        if (sym->global && sym->section != QSYM_UNDEF) {
            struct gsym *g = symtab_lookup(ld, sym->name);
            if (g && g->input == DEF_UNDEFINED && g->strong_ref)
                return true;
        }
    }
    return false;
}

void symtab_provide(struct linker *ld)
{
    static const char *const provided[] = {"__text_end", "__data_start", "__bss_start",
                                               "__bss_end", "_end"};
    for (size_t k = 0; k < sizeof provided / sizeof *provided; k++) {
        struct gsym *g = symtab_insert(ld, provided[k]);
        if (g->input == DEF_UNDEFINED) {
            g->input = DEF_LINKER;
            ld->undefined--;
        }
    }
}

bool symtab_check_undefined(struct linker *ld)
{
    bool ok = true;
    for (size_t i = 0; i < ld->ninputs; i++) {
        const struct qobj *o = &ld->inputs[i].obj;
        for (size_t s = 0; s < o->nsymbols; s++) {
            if (o->symbols[s].section != QSYM_UNDEF || o->symbols[s].weak)
                continue;
            struct gsym *g = symtab_lookup(ld, o->symbols[s].name);
            if (!g || g->input == DEF_UNDEFINED) {
                diag_error("%s: undefined reference to '%s'", ld->inputs[i].name,
                           o->symbols[s].name);
                ok = false;
            }
        }
    }
    return ok;
}

void symtab_free(struct linker *ld)
{
    for (size_t i = 0; i < ld->table_size; i++)
        free(ld->table[i].name);
    free(ld->table);
    ld->table = NULL;
    ld->table_size = ld->table_used = 0;
}
