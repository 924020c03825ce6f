/* sema_chk_builtin.c - gcc's object-size checking builtins, the calls _FORTIFY_SOURCE
 * headers make: __builtin___memcpy_chk(d, s, n, size) and the others of the table.
 * As gcc does, a call is folded into the unchecked function (memcpy(d, s, n)) when the
 * check cannot fail: the object size is (size_t)-1 (unknown), or the length argument and
 * the size are constants and the length fits (for strcpy/stpcpy: a string literal source
 * whose length with its terminator fits). The printf forms fold when their flag is the
 * constant 0. Otherwise the call goes to libc's __memcpy_chk, which stops the program
 * through __chk_fail when the length exceeds the size (libc/src/fortify). */
#include <string.h>

#include "qcc.h"

enum { NONE = -1, SRC_STRING = -2 };

static const struct {
    const char *name;  /* the checking function; the builtin is __builtin_ + name */
    const char *plain; /* the unchecked function */
    const char *sig;   /* the checking function's prototype (sema_libbuiltin.c letters) */
    int size_arg;      /* the object size argument, or NONE */
    int len_arg;       /* what must fit in the size: an argument, SRC_STRING, or NONE */
    int flag_arg;      /* the printf forms' flag argument, or NONE */
} checked[] = {
    {"__memcpy_chk", "memcpy", "ppqzz", 3, 2, NONE},
    {"__mempcpy_chk", "mempcpy", "ppqzz", 3, 2, NONE},
    {"__memmove_chk", "memmove", "ppqzz", 3, 2, NONE},
    {"__memset_chk", "memset", "ppizz", 3, 2, NONE},
    {"__strcpy_chk", "strcpy", "sscz", 2, SRC_STRING, NONE},
    {"__stpcpy_chk", "stpcpy", "sscz", 2, SRC_STRING, NONE},
    {"__strcat_chk", "strcat", "sscz", 2, NONE, NONE},
    {"__strncpy_chk", "strncpy", "ssczz", 3, 2, NONE},
    {"__stpncpy_chk", "stpncpy", "ssczz", 3, 2, NONE},
    {"__strncat_chk", "strncat", "ssczz", 3, NONE, NONE},
    {"__sprintf_chk", "sprintf", "isizc.", 2, NONE, 1},
    {"__snprintf_chk", "snprintf", "iszizc.", 3, 1, 2},
    {"__vsprintf_chk", "vsprintf", "isizcV", 2, NONE, 1},
    {"__vsnprintf_chk", "vsnprintf", "iszizcV", 3, 1, 2},
    {"__printf_chk", "printf", "iic.", NONE, NONE, 0},
    {"__fprintf_chk", "fprintf", "iFic.", NONE, NONE, 1},
    {"__vprintf_chk", "vprintf", "iicV", NONE, NONE, 0},
    {"__vfprintf_chk", "vfprintf", "iFicV", NONE, NONE, 1},
};

static Node *nth_arg(Node *call, int i)
{
    Node *a = call->b;
    while (a && i-- > 0)
        a = a->next;
    return a;
}

/* The string literal an argument points to (through its array decay), or NULL. */
static Node *string_literal(Node *arg)
{
    while (arg && (arg->kind == ND_CONV || arg->kind == ND_CAST))
        arg = arg->a;
    if (arg && arg->kind == ND_DECAY)
        arg = arg->a;
    return arg && arg->kind == ND_STR ? arg : NULL;
}

/* Whether the call (arguments already checked) cannot fail its check. */
static bool check_passes(Node *call, int k)
{
    if (checked[k].flag_arg != NONE) {
        Node *flag = nth_arg(call, checked[k].flag_arg);
        if (!flag || !flag->is_const || flag->ival != 0)
            return false;
    }
    if (checked[k].size_arg == NONE)
        return true;
    Node *size = nth_arg(call, checked[k].size_arg);
    if (!size || !size->is_const)
        return false;
    uint32_t limit = (uint32_t)size->ival;
    if (limit == UINT32_MAX)
        return true;
    if (checked[k].len_arg == SRC_STRING) {
        Node *s = string_literal(nth_arg(call, 1));
        return s && (uint32_t)s->strlen <= limit;
    }
    Node *len = checked[k].len_arg == NONE ? NULL : nth_arg(call, checked[k].len_arg);
    return len && len->is_const && (uint32_t)len->ival <= limit;
}

/* The call made a call of the unchecked function: without the size and flag arguments. */
static void fold_to_plain(Node *call, int k)
{
    const char *chk_sig = checked[k].sig;
    char sig[16];
    int n = 0;
    sig[n++] = chk_sig[0]; /* the result, then parameter p's letter at p + 1 */
    for (int p = 0; chk_sig[p + 1]; p++)
        if (p != checked[k].size_arg && p != checked[k].flag_arg)
            sig[n++] = chk_sig[p + 1];
    sig[n] = 0;
    Node *args = NULL, **tail = &args;
    int i = 0;
    for (Node *a = call->b, *next; a; a = next, i++) {
        next = a->next;
        if (i == checked[k].size_arg || i == checked[k].flag_arg)
            continue;
        a->next = NULL;
        *tail = a;
        tail = &a->next;
    }
    call->b = args;
    const char *plain = checked[k].plain;
    if (!sema_lookup(plain))
        sema_declare_function(plain, sema_signature_type(sig, call->loc), call->loc);
    Node *callee = new_node(ND_IDENT, call->a->loc);
    callee->name = (char *)plain;
    callee->op = 1;
    call->a = sema_expr(callee);
}

/* __builtin___NAME_chk(...) (name without "__builtin_"): the checked call, folded when it
 * cannot fail; NULL if name is none of them. */
Node *sema_chk_builtin(Node *e, const char *name)
{
    for (int k = 0; k < (int)(sizeof checked / sizeof *checked); k++) {
        if (strcmp(name, checked[k].name))
            continue;
        e->a->name = (char *)checked[k].name;
        e->a->op = 1; /* known to the compiler: declared without a warning */
        if (!sema_lookup(checked[k].name))
            sema_declare_function(checked[k].name,
                                  sema_signature_type(checked[k].sig, e->loc), e->loc);
        Node *call = sema_expr(e);
        if (call->kind == ND_CALL && !call->err && check_passes(call, k))
            fold_to_plain(call, k);
        return call;
    }
    return NULL;
}
