/* sema_flow.c - can control reach the end of a statement? Used for the warnings
 * "control reaches end of non-void function" and "'noreturn' function does return".
 * Conservative: when in doubt the answer is "yes" (a possible false warning, never a
 * missed return path that gcc would see). A break or continue leaves its statement; the
 * loop or switch it belongs to then ends (or goes on) there. */
#include <string.h>

#include "qcc.h"

/* Can a goto, case or default enter s from outside (a label somewhere in it)? */
static bool has_label(Node *s)
{
    if (!s)
        return false;
    switch (s->kind) {
    case ND_LABEL: case ND_CASE: case ND_DEFAULT:
        return true;
    case ND_BLOCK:
        for (Node *c = s->a; c; c = c->next)
            if (has_label(c))
                return true;
        return false;
    case ND_IF:
        return has_label(s->b) || has_label(s->c);
    case ND_WHILE: case ND_DO: case ND_FOR: case ND_SWITCH:
        return has_label(s->b);
    default:
        return false;
    }
}

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
    case ND_BLOCK: { /* only reachable statements count (see block_falls_through) */
        bool reachable = true;
        for (Node *c = s->a; c; c = c->next) {
            if (!reachable && !has_label(c))
                continue;
            if (has_jump(c, kind))
                return true;
            reachable = sema_falls_through(c);
        }
        return false;
    }
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

/* A block ends normally when its end is reachable: statements after one that cannot
 * complete are dead (`return 1; x = 2;`) until a label makes them reachable again. */
static bool block_falls_through(Node *block)
{
    bool reachable = true;
    for (Node *c = block->a; c; c = c->next)
        if (reachable || has_label(c))
            reachable = sema_falls_through(c);
    return reachable;
}

bool sema_falls_through(Node *s)
{
    if (!s)
        return true;
    switch (s->kind) {
    case ND_RETURN: case ND_GOTO: case ND_GOTO_PTR: case ND_BREAK: case ND_CONTINUE:
    case ND_NONLOCAL_GOTO:
        return false;
    case ND_LABEL:
        return sema_falls_through(s->a);
    case ND_CASE: case ND_DEFAULT:
        return sema_falls_through(s->b);
    case ND_BLOCK:
        return block_falls_through(s);
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
