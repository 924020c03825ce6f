/* sema_flow.c - can control reach the end of a statement? Used for the warnings
 * "control reaches end of non-void function" and "'noreturn' function does return".
 * Conservative: when in doubt the answer is "yes" (a possible false warning, never a
 * missed return path that gcc would see). A break or continue leaves its statement; the
 * loop or switch it belongs to then ends (or goes on) there. */
#include <string.h>

#include "qcc.h"

/* Does s contain a `kind` (ND_BREAK or ND_CONTINUE) that belongs to the loop or
 * switch around s? */
static bool has_jump(Node *s, int kind)
{
    if (!s)
        return false;
    switch (s->kind) {
    case ND_BREAK: case ND_CONTINUE:
        return s->kind == kind;
    case ND_WHILE: case ND_DO: case ND_FOR:
        return false; /* their own */
    case ND_SWITCH:
        return kind == ND_CONTINUE && has_jump(s->b, kind);
    case ND_BLOCK:
        for (Node *c = s->a; c; c = c->next)
            if (has_jump(c, kind))
                return true;
        return false;
    case ND_IF:
        return has_jump(s->b, kind) || has_jump(s->c, kind);
    case ND_LABEL:
        return has_jump(s->a, kind);
    case ND_CASE: case ND_DEFAULT:
        return has_jump(s->b, kind);
    default:
        return false;
    }
}

static bool always_true(Node *cond)
{
    return !cond || (cond->is_const && cond->ival);
}

static bool calls_noreturn(Node *e)
{
    if (e->noreturn)
        return true;
    return e->kind == ND_CALL && e->a->kind == ND_DECAY && e->a->a->kind == ND_VAR &&
           (e->a->a->sym->noreturn || strcmp(e->a->a->sym->name, "exit") == 0 ||
            strcmp(e->a->a->sym->name, "abort") == 0);
}

static bool has_default(Node *sw)
{
    for (Node *c = sw->cases; c; c = c->d)
        if (c->kind == ND_DEFAULT)
            return true;
    return false;
}

bool sema_falls_through(Node *s)
{
    if (!s)
        return true;
    switch (s->kind) {
    case ND_RETURN: case ND_GOTO: case ND_GOTO_PTR: case ND_BREAK: case ND_CONTINUE:
        return false;
    case ND_LABEL:
        return sema_falls_through(s->a);
    case ND_CASE: case ND_DEFAULT:
        return sema_falls_through(s->b);
    case ND_BLOCK: {
        Node *last = s->a;
        if (!last)
            return true;
        while (last->next)
            last = last->next;
        return sema_falls_through(last);
    }
    case ND_IF:
        return !s->c || sema_falls_through(s->b) || sema_falls_through(s->c);
    case ND_EXPR_STMT:
        return !calls_noreturn(s->a);
    case ND_WHILE: case ND_FOR:
        return !always_true(s->a) || has_jump(s->b, ND_BREAK);
    case ND_DO: {
        bool body_ends = sema_falls_through(s->b) || has_jump(s->b, ND_CONTINUE);
        return has_jump(s->b, ND_BREAK) || (body_ends && !always_true(s->a));
    }
    case ND_SWITCH:
        return !has_default(s) || has_jump(s->b, ND_BREAK) || sema_falls_through(s->b);
    default:
        return true;
    }
}
