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
    const char *target; /* `#pragma weak name = target`, or NULL */
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

static const char *take_name(const char **pp)
{
    const char *p = *pp;
    while (*p == ' ' || *p == '\t')
        p++;
    const char *start = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '=')
        p++;
    *pp = p;
    return p == start ? NULL : arena_printf("%.*s", (int)(p - start), start);
}

/* `#pragma weak name` or `#pragma weak name = target` (name: a weak alias of target;
 * both declared in the file), the line as cpp wrote it. */
void parse_pragma_weak(const char *line, Loc loc)
{
    const char *p = strstr(line, "weak") + 4;
    const char *name = take_name(&p), *target = NULL;
    while (*p == ' ' || *p == '\t')
        p++;
    bool alias = *p == '=';
    if (alias) {
        p++;
        target = take_name(&p);
        while (*p == ' ' || *p == '\t')
            p++;
    }
    if (!name || (alias && !target) || *p) {
        diag_warning_at(loc, "malformed '#pragma weak', ignored");
        return;
    }
    PragmaWeak *w = arena_alloc(sizeof *w);
    w->name = ident_canonical(name, loc, &(int){0});
    w->target = target ? ident_canonical(target, loc, &(int){0}) : NULL;
    w->loc = loc;
    *pragma_tail = w;
    pragma_tail = &w->next;
}

/* At the end of the unit, in the file scope: each name that was declared (and its
 * target, for the alias form). */
void sema_pragma_weak(void)
{
    for (PragmaWeak *w = pragmas; w; w = w->next) {
        Sym *s = sema_lookup(w->name);
        if (!s)
            continue;
        if (w->target) {
            Sym *t = sema_lookup(w->target);
            if (!t || t->kind != s->kind || (t->kind != SYM_VAR && t->kind != SYM_FUNC)) {
                diag_error_at(w->loc, "'#pragma weak %s = %s': '%s' is not a %s declared in "
                              "this file", w->name, w->target, w->target,
                              s->kind == SYM_FUNC ? "function" : "variable");
                continue;
            }
            sema_add_alias(s, t);
        }
        sema_mark_weak(s, w->loc);
    }
    resolve_aliases();
}
