/* symbols.c - name resolution: one namespace of labels and data names over all input
 * files. Reports duplicate definitions (with a note at the first one) and, in flat mode,
 * references to names that are never defined. In object mode (-c) such names become
 * undefined global symbols for the linker. */
#include "asm.h"

#include <string.h>

#define BUCKETS 4096

struct symtab {
    struct symbol *bucket[BUCKETS];
    struct symbol *first, *last;
};

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h % BUCKETS;
}

struct symbol *symtab_find(struct symtab *t, const char *name)
{
    for (struct symbol *s = t->bucket[hash(name)]; s; s = s->next_in_bucket)
        if (strcmp(s->name, name) == 0)
            return s;
    return NULL;
}

static struct symbol *symtab_get(struct symtab *t, const char *name)
{
    struct symbol *s = symtab_find(t, name);
    if (s)
        return s;
    s = arena_alloc(sizeof *s);
    s->name = name;
    unsigned h = hash(name);
    s->next_in_bucket = t->bucket[h];
    t->bucket[h] = s;
    if (t->last)
        t->last->next_in_order = s;
    else
        t->first = s;
    t->last = s;
    return s;
}

struct symbol *symtab_first(struct symtab *t) { return t->first; }

static void define(struct symtab *t, struct stmt *st)
{
    struct symbol *s = symtab_get(t, st->name);
    if (s->def) {
        diag_error_at(st->name_loc, "duplicate label %s", name_display(st->name));
        diag_note_at(s->def->name_loc, "%s was first defined here", name_display(st->name));
        return;
    }
    s->def = st;
}

static void use(struct symtab *t, const char *name, struct diag_loc loc)
{
    struct symbol *s = symtab_get(t, name);
    if (!s->used)
        s->first_use = loc;
    s->used = true;
}

/* Operands that may name symbols: the value of constant, data and .word. */
static bool refers(const struct stmt *st)
{
    if (st->bad)
        return false;
    return st->kind == ST_DATA || (st->kind == ST_INSN && st->imm) ||
           (st->kind == ST_DOT && strcmp(st->name, "word") == 0);
}

struct symtab *symtab_build(struct program *p, bool object)
{
    struct symtab *t = arena_alloc(sizeof *t);
    for (struct stmt *st = p->first; st; st = st->next) {
        if (st->kind == ST_LABEL || st->kind == ST_DATA)
            define(t, st);
        bool weak = st->kind == ST_DOT && strcmp(st->name, "weak") == 0;
        if (st->kind == ST_DOT && (weak ||
            strcmp(st->name, "global") == 0 || strcmp(st->name, "extern") == 0))
            for (struct operand *op = st->ops; op; op = op->next)
                if (op->kind == OPND_NAME) {
                    struct symbol *s = symtab_get(t, op->name);
                    s->global = true;
                    s->weak |= weak;
                }
    }
    for (struct stmt *st = p->first; st; st = st->next) {
        if (!refers(st))
            continue;
        for (struct operand *op = st->kind == ST_INSN ? st->imm : st->ops; op; op = op->next) {
            if (op->kind == OPND_NAME || op->kind == OPND_DIFF)
                use(t, op->name, op->loc);
            if (op->kind == OPND_DIFF)
                use(t, op->name2, op->loc);
        }
    }
    for (struct symbol *s = t->first; s; s = s->next_in_order) {
        if (!s->used || s->def)
            continue;
        if (!object)
            diag_error_at(s->first_use, "unknown reference %s", name_display(s->name));
        else
            s->global = true;
    }
    return t;
}
