/* sema_libfold.c - library calls the compiler does itself, as gcc does at every -O
 * level: `abs`, `labs`, `llabs` and `imaxabs` expand inline, and `memcmp`, `bcmp`,
 * `strncmp` and `strncasecmp` with the constant length 0 are 0 (their other arguments
 * still evaluated, in order). A plain call is folded unless -fno-builtin or
 * -fno-builtin-NAME (or -ffreestanding) says the function may be the program's own; a
 * __builtin_ spelling always is. Only calls of the external function of that name with
 * the C library's prototype qualify. */
#include <string.h>

#include "qcc.h"

enum { FOLD_ABS, FOLD_ZERO_LENGTH };

static const struct {
    const char *name;
    int how;
    int type;  /* abs: the argument's and result's type; the zero-length compares: int */
    int nargs;
} folds[] = {
    {"abs", FOLD_ABS, TY_INT, 1},           {"labs", FOLD_ABS, TY_LONG, 1},
    {"llabs", FOLD_ABS, TY_LLONG, 1},       {"imaxabs", FOLD_ABS, TY_LLONG, 1},
    {"memcmp", FOLD_ZERO_LENGTH, TY_INT, 3}, {"bcmp", FOLD_ZERO_LENGTH, TY_INT, 3},
    {"strncmp", FOLD_ZERO_LENGTH, TY_INT, 3},
    {"strncasecmp", FOLD_ZERO_LENGTH, TY_INT, 3},
};

static int arg_count(Node *call)
{
    int n = 0;
    for (Node *a = call->b; a; a = a->next)
        n++;
    return n;
}

static Node *typed(int kind, Type *ty, Loc loc)
{
    Node *n = new_node(kind, loc);
    n->ty = ty;
    return n;
}

/* (t = x, t < 0 ? -t : t), t a hidden local of x's type. */
static Node *inline_abs(Node *call, Type *ty)
{
    Loc loc = call->loc;
    Node *x = call->b;
    x->next = NULL;
    Sym *t = sema_temp_local(ty, loc);
    Node *set = typed(ND_ASSIGN, ty, loc);
    set->a = new_var_ref(t, loc);
    set->b = x;
    Node *zero = typed(ND_NUM, ty_basic(TY_INT), loc);
    zero->is_const = true;
    Node *neg = new_node(ND_NEG, loc);
    neg->a = new_var_ref(t, loc);
    Node *pick = new_node(ND_COND, loc);
    pick->a = new_binary('<', new_var_ref(t, loc), zero, loc);
    pick->b = neg;
    pick->c = new_var_ref(t, loc);
    return new_comma(set, sema_expr(pick));
}

/* The arguments evaluated for their effects, then 0. */
static Node *zero_result(Node *call)
{
    Node *result = typed(ND_NUM, ty_basic(TY_INT), call->loc);
    result->is_const = true; /* the comma around it is not a constant expression */
    Node *effects = NULL;
    for (Node *a = call->b, *next; a; a = next) {
        next = a->next;
        a->next = NULL;
        effects = effects ? new_comma(effects, a) : a;
    }
    return new_comma(effects, result);
}

/* The checked call, or what replaces it. builtin_spelling: called as __builtin_NAME. */
Node *sema_fold_library_call(Node *call, bool builtin_spelling)
{
    if (call->kind != ND_CALL || call->err || !sema_current_function())
        return call;
    Node *f = call->a->kind == ND_DECAY ? call->a->a : call->a;
    if (f->kind != ND_VAR || f->sym->kind != SYM_FUNC || f->sym->storage == SC_STATIC)
        return call;
    for (size_t k = 0; k < sizeof folds / sizeof *folds; k++) {
        if (strcmp(f->sym->name, folds[k].name))
            continue;
        if (!builtin_spelling && !opts_builtin_enabled(folds[k].name))
            return call;
        if (call->ty->kind != folds[k].type || arg_count(call) != folds[k].nargs)
            return call;
        if (folds[k].how == FOLD_ABS)
            return call->b->ty->kind == folds[k].type ? inline_abs(call, call->ty) : call;
        Node *len = call->b->next->next;
        if (len->is_const && len->ival == 0 && ty_is_integer(len->ty))
            return zero_result(call);
        return call;
    }
    return call;
}
