/* weak.c - symbol binding: weak symbols and aliases. __attribute__((weak)) and
 * `#pragma weak name` make a function or an object with external linkage a weak symbol
 * (`.weak` for qasm, STB_WEAK in the object): a weak definition gives way to a strong
 * one at link time, and a weak reference that nothing defines has the address 0
 * (docs/object-format.md). alias("t") gives t's definition a second label.
 */
#include <string.h>

#include "qcc.h"

SymVec sema_weak_syms;

typedef struct PragmaWeak {
    struct PragmaWeak *next;
    const char *name;
    Loc loc;
} PragmaWeak;

static PragmaWeak *pragmas, **pragma_tail = &pragmas;

static SymVec aliases;

/* alias s of target t (GNU alias attribute): s gets a label of its own at t's
 * definition, global unless s is static, so other files can link to it and a weak
 * alias can be overridden; if t is not defined in this file, uses of s are uses of t. */
void sema_add_alias(Sym *s, Sym *t)
{
    if (s->alias_of)
        return;
    s->alias_of = t;
    s->alias_local = s->storage == SC_STATIC;
    s->storage = SC_EXTERN; /* no storage or code of its own */
    s->alias_next = t->aliases;
    t->aliases = s;
    symvec_push(&aliases, s);
}

/* At the end of the unit: aliases of targets defined elsewhere use the target's name. */
static void resolve_aliases(void)
{
    for (int i = 0; i < aliases.n; i++) {
        Sym *s = aliases.v[i];
        if (!s->alias_of->defined)
            s->asm_name = s->alias_of->asm_name;
    }
}

void gen_symbol_label(FILE *out, Sym *s)
{
    if (s->storage != SC_STATIC)
        fprintf(out, ".global %s\n", s->asm_name);
    fprintf(out, "%s:\n", s->asm_name);
    for (Sym *a = s->aliases; a; a = a->alias_next) {
        if (!a->alias_local)
            fprintf(out, ".global %s\n", a->asm_name);
        fprintf(out, "%s:\n", a->asm_name);
    }
}

void sema_mark_weak(Sym *s, Loc loc)
{
    if (s->kind != SYM_VAR && s->kind != SYM_FUNC)
        return;
    if (!s->global || s->storage == SC_STATIC || s->alias_local) {
        diag_error_at(loc, "weak declaration of '%s' must be public", s->name);
        return;
    }
    if (!s->weak)
        symvec_push(&sema_weak_syms, s);
    s->weak = true;
}

/* `#pragma weak name` (the line as cpp wrote it). `#pragma weak a = b` (a weak alias)
 * is not supported: warned and ignored. */
void parse_pragma_weak(const char *line, Loc loc)
{
    const char *p = strstr(line, "weak") + 4;
    while (*p == ' ' || *p == '\t')
        p++;
    const char *start = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '=')
        p++;
    size_t n = (size_t)(p - start);
    while (*p == ' ' || *p == '\t')
        p++;
    if (n == 0) {
        diag_warning_at(loc, "malformed '#pragma weak', ignored");
        return;
    }
    if (*p == '=') {
        diag_warning_at(loc, "'#pragma weak %.*s = target' (a weak alias) is not supported; "
                             "ignored", (int)n, start);
        return;
    }
    PragmaWeak *w = arena_alloc(sizeof *w);
    w->name = ident_canonical(arena_printf("%.*s", (int)n, start), loc, &(int){0});
    w->loc = loc;
    *pragma_tail = w;
    pragma_tail = &w->next;
}

/* At the end of the unit, in the file scope: each name that was declared. */
void sema_pragma_weak(void)
{
    resolve_aliases();
    for (PragmaWeak *w = pragmas; w; w = w->next) {
        Sym *s = sema_lookup(w->name);
        if (s)
            sema_mark_weak(s, w->loc);
    }
}
