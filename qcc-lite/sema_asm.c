/* sema_asm.c - GNU extended asm (`asm("" : outputs : inputs : clobbers)`).
 *
 * With operands, only an empty template is supported: such an asm does no work, but
 * programs use it as an optimisation barrier and to tie an output to an input ("0").
 * It is lowered to a block: each input evaluated in order (a tied one assigned to its
 * output), each other output's lvalue evaluated (for its side effects), then the bare
 * asm, which the code generator treats as a barrier. A non-empty template with operands
 * needs operand substitution and register constraints: a clear error. */
#include "qcc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static Node *expr_stmt(Node *e)
{
    Node *s = new_node(ND_EXPR_STMT, e->loc);
    s->a = e;
    return s;
}

static int count(Node *list)
{
    int n = 0;
    for (; list; list = list->next)
        n++;
    return n;
}

/* The output operand number that constraint c (of an input) is tied to, or -1. */
static int tied_output(const char *c, Node *outputs, int nout)
{
    if (isdigit((unsigned char)c[0]))
        return atoi(c) < nout ? atoi(c) : -2;
    if (c[0] == '[') {
        int i = 0;
        for (Node *o = outputs; o; o = o->next, i++)
            if (o->d && strncmp(c + 1, o->d->name, strlen(o->d->name)) == 0 &&
                c[1 + strlen(o->d->name)] == ']')
                return i;
        return -2;
    }
    return -1;
}

/* The i-th node of a list. */
static Node *nth(Node *list, int i)
{
    while (i-- > 0)
        list = list->next;
    return list;
}

/* Rewrites an asm statement with operands into a block (see the top of the file); the
 * caller then checks the block as an ordinary statement. */
void sema_asm(Node *s)
{
    if (!s->b && !s->c)
        return;
    if (s->a->strlen > 1) {
        diag_error_at(s->loc, "asm operands are supported only with an empty template");
        s->b = s->c = NULL;
        return;
    }
    int nout = count(s->b);
    bool *tied = arena_alloc((size_t)nout + 1);
    Node *list = NULL;
    for (Node *o = s->b; o; o = o->next)
        if (o->name[0] != '=' && o->name[0] != '+')
            diag_error_at(o->loc, "output operand constraint lacks '=' or '+'");
    for (Node *in = s->c; in; in = in->next) {
        int j = tied_output(in->name, s->b, nout);
        if (j == -2) {
            diag_error_at(in->loc, "matching constraint '%s' names no output operand",
                          in->name);
            continue;
        }
        if (j >= 0 && !tied[j]) {
            Node *set = new_node(ND_ASSIGN, in->loc);
            set->a = nth(s->b, j)->a;
            set->b = in->a;
            tied[j] = true;
            list = list_append(list, expr_stmt(set));
        } else {
            list = list_append(list, expr_stmt(in->a));
        }
    }
    int i = 0;
    for (Node *o = s->b; o; o = o->next, i++)
        if (!tied[i])
            list = list_append(list, expr_stmt(o->a));
    Node *bare = new_node(ND_ASM, s->loc);
    bare->a = s->a;
    list = list_append(list, bare);
    s->kind = ND_BLOCK;
    s->a = list;
    s->b = s->c = NULL;
}
