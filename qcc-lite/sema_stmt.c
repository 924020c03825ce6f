/* sema_stmt.c - the semantic pass over statements and function definitions: block
 * scopes, loops and switches (break/continue/case placement), labels and goto,
 * return types, and the missing-return warning.
 */
#include <string.h>

#include "qcc.h"

typedef struct FuncCtx {
    Node *fn;
    Sym *sym;
    Type *ret;
    bool variadic;
    const char *name;
    int loops;          /* nesting of loops */
    int breakable;      /* loops + switches */
    Node *switch_node;  /* innermost switch */
    Node *labels;       /* ND_LABEL nodes */
    Node *gotos;        /* ND_GOTO nodes, resolved at the end */
    Node *nonlocal;     /* non-local gotos from nested functions to labels of this one */
    struct FuncCtx *outer; /* the enclosing function of a nested one */
} FuncCtx;

static FuncCtx *fc;

const char *sema_current_function(void)
{
    return fc ? fc->name : NULL;
}

bool sema_current_variadic(void)
{
    return fc && fc->variadic;
}

void sema_add_local(Sym *s)
{
    if (fc)
        symvec_push(fc->fn->locals, s);
}

/* &&label: resolved with the gotos of the function whose label it is (a nested
 * function may take the address of an enclosing function's __label__). Returns the
 * base of that function's label names. */
const char *sema_note_label_use(Node *e)
{
    Node *owner = sema_local_label_ref(e, fc->fn, false);
    FuncCtx *c = fc;
    while (owner && c->outer && c->fn != owner)
        c = c->outer;
    e->d = c->gotos;
    c->gotos = e;
    return sema_fn_base_name(c->fn);
}

/* alloca or a VLA: the function moves r63 and addresses its frame another way. */
void sema_note_dynamic_stack(void)
{
    if (fc)
        fc->fn->dynamic_stack = true;
}

/* __builtin_alloca: its storage lives until the function returns, so leaving a VLA's
 * scope must not give the stack back (gcc: no stack restore where alloca is called). */
void sema_note_alloca(void)
{
    sema_note_dynamic_stack();
    if (fc)
        fc->fn->calls_alloca = true;
}

static Node *cond_expr(Node *e)
{
    e = sema_expr(e);
    if (ty_is_complex(e->ty))
        return sema_complex_truth(e);
    if (!ty_is_scalar(e->ty))
        diag_error_at(e->loc, "used %s type value where scalar is required",
                      ty_is_record(e->ty) ? "struct" : ty_str(e->ty));
    return e;
}

static void sub_stmt(Node *s);

static void stmt_list(Node *s)
{
    for (; s; s = s->next)
        sema_stmt(s);
}

static void stmt_switch(Node *s)
{
    sema_push_scope(); /* C11 6.8.4p3: a block */
    s->a = sema_expr(s->a);
    if (!ty_is_integer(s->a->ty))
        diag_error_at(s->a->loc, "switch quantity not an integer");
    else
        s->a = sema_convert(s->a, ty_promote(s->a->ty));
    Node *outer = fc->switch_node;
    fc->switch_node = s;
    sema_vla_mark(s);
    fc->breakable++;
    void *cleanup = sema_cleanup_loop_enter(false);
    sub_stmt(s->b);
    sema_cleanup_loop_leave(cleanup);
    fc->breakable--;
    fc->switch_node = outer;
    sema_pop_scope();
}

/* A case value as a key that orders like the switch's type: an unsigned long long
 * value has its sign bit flipped so that signed comparison of keys orders it. */
static int64_t case_key(Node *sw, int64_t v)
{
    return sw->a->ty->kind == TY_ULLONG ? (int64_t)((uint64_t)v ^ (UINT64_C(1) << 63)) : v;
}

/* The keys of a case's first and last values (a range's ends). */
static int64_t case_low(Node *sw, Node *c)
{
    return case_key(sw, c->a->ival);
}

static int64_t case_high(Node *sw, Node *c)
{
    return case_key(sw, c->c ? c->c->ival : c->a->ival);
}

static void stmt_case(Node *s)
{
    Node *sw = fc->switch_node;
    if (s->kind == ND_CASE) {
        s->a = sema_expr(s->a);
        if (!s->a->is_const || !ty_is_integer(s->a->ty))
            diag_error_at(s->loc, "case label does not reduce to an integer constant");
        if (s->c) { /* GNU case range lo ... hi */
            s->c = sema_expr(s->c);
            if (!s->c->is_const || !ty_is_integer(s->c->ty))
                diag_error_at(s->loc, "case label does not reduce to an integer constant");
        }
    }
    if (!sw) {
        diag_error_at(s->loc, "%s label not within a switch statement",
                      s->kind == ND_CASE ? "case" : "'default'");
    } else {
        if (s->kind == ND_CASE) {
            s->a = sema_convert(s->a, sw->a->ty);
            s->c = s->c ? sema_convert(s->c, sw->a->ty) : s->a;
            if (s->a->is_const && s->c->is_const && case_high(sw, s) < case_low(sw, s))
                diag_warning_at(s->loc, "empty range specified");
        }
        for (Node *c = sw->cases; c; c = c->d) {
            if (s->kind == ND_DEFAULT && c->kind == ND_DEFAULT)
                diag_error_at(s->loc, "multiple default labels in one switch");
            if (s->kind == ND_CASE && c->kind == ND_CASE && c->a->is_const && s->a->is_const &&
                c->c->is_const && s->c->is_const && case_low(sw, c) <= case_high(sw, s) &&
                case_low(sw, s) <= case_high(sw, c))
                diag_error_at(s->loc, "duplicate case value");
        }
        s->d = sw->cases; /* chained through d, newest first */
        sw->cases = s;
        sema_vla_mark(s);
        if (!sema_vla_jump_ok(sw, s))
            diag_error_at(s->loc, "switch jumps into scope of identifier with variably "
                                  "modified type");
    }
    sema_stmt(s->b);
}

static void stmt_return(Node *s)
{
    Type *rt = fc->ret;
    if (!s->a) {
        if (rt->kind != TY_VOID)
            diag_warning_at(s->loc, "'return' with no value, in function returning non-void");
        return;
    }
    s->a = sema_expr(s->a);
    if (rt->kind == TY_VOID) {
        if (s->a->ty->kind != TY_VOID)
            diag_warning_at(s->loc, "'return' with a value, in function returning void");
        return;
    }
    s->a = sema_assign_convert(s->a, ty_unqual(rt), "return");
}

static void stmt_return_cleanup(Node *s)
{
    stmt_return(s);
    sema_cleanup_return(s, fc->ret);
}

/* A substatement of a selection or iteration statement is a block of its own: a tag
 * declared in it (`if (c) sizeof(enum { in = 1 });`) ends with it. */
static void sub_stmt(Node *s)
{
    sema_push_scope();
    sema_stmt(s);
    sema_pop_scope();
}

/* for (declaration with VLAs; ...) becomes { declaration; for (; ...) }: the block saves
 * r63 before the declaration's VLAs and frees them after the loop (and a goto out frees
 * them as from any block), while the loop's own reset of r63 at every iteration, for
 * VLAs of its body, comes after them. */
static void for_vla_init(Node *s, void *mark, void *body_mark)
{
    Node *loop = new_node(ND_FOR, s->loc);
    *loop = *s;
    loop->next = NULL;
    loop->tail = NULL;
    loop->d = NULL;
    sema_vla_loop(loop, body_mark);
    Node *init = s->d;
    init->next = loop;
    s->kind = ND_BLOCK;
    s->a = init;
    s->b = s->c = s->d = NULL;
    sema_vla_scope_leave(s, mark);
}

/* `goto l` in a nested function to a __label__ of an enclosing function: resolved
 * with that function's labels (resolve_nonlocal). */
static bool nonlocal_goto(Node *s)
{
    Node *owner = sema_local_label_ref(s, fc->fn, false);
    if (!owner || owner == fc->fn)
        return false;
    FuncCtx *c = fc->outer;
    while (c && c->fn != owner)
        c = c->outer;
    if (!c)
        return false;
    s->kind = ND_NONLOCAL_GOTO;
    s->body = owner;
    s->d = c->nonlocal;
    c->nonlocal = s;
    return true;
}

void sema_stmt(Node *s)
{
    switch (s->kind) {
    case ND_BLOCK: {
        void *mark = sema_vla_scope_enter();
        void *cleanup = sema_cleanup_enter();
        sema_push_scope();
        stmt_list(s->a);
        sema_pop_scope();
        sema_cleanup_leave(s, cleanup);
        sema_vla_scope_leave(s, mark);
        break;
    }
    case ND_DECL:
        sema_local_decl(s, fc->fn->locals, fc->name);
        sema_cleanup_decl(s);
        sema_vla_decl(s);
        break;
    case ND_STATIC_ASSERT:
        sema_static_assert(s);
        break;
    case ND_EXPR_STMT:
        s->a = sema_expr(s->a);
        break;
    case ND_IF: /* C11 6.8.4p3: the statement and its substatements are blocks */
        sema_push_scope();
        s->a = cond_expr(s->a);
        {
            void *before = sema_objsize_save(); /* the arms' objects merge after them */
            sub_stmt(s->b);
            void *then = sema_objsize_save();
            sema_objsize_restore(before);
            if (s->c)
                sub_stmt(s->c);
            sema_objsize_join(then);
        }
        sema_pop_scope();
        break;
    case ND_WHILE: case ND_DO: { /* 6.8.5p5: blocks too */
        void *mark = sema_vla_scope_enter();
        sema_push_scope();
        void *written = sema_objsize_loop_head(s); /* what the loop changes is unknown */
        if (s->kind == ND_WHILE)
            s->a = cond_expr(s->a);
        fc->loops++, fc->breakable++;
        void *cleanup = sema_cleanup_loop_enter(true);
        sub_stmt(s->b);
        sema_cleanup_loop_leave(cleanup);
        fc->loops--, fc->breakable--;
        sema_objsize_loop_end(written);
        if (s->kind == ND_DO) /* after the body, as in the source */
            s->a = cond_expr(s->a);
        sema_pop_scope();
        sema_vla_loop(s, mark);
        break;
    }
    case ND_FOR: {
        void *mark = sema_vla_scope_enter();
        void *init_cleanup = sema_cleanup_enter();
        sema_push_scope();
        if (s->d) {
            if (s->d->kind == ND_DECL) {
                sema_local_decl(s->d, fc->fn->locals, fc->name);
                sema_cleanup_decl(s->d);
                sema_vla_decl(s->d); /* a block if it declares VLAs */
            } else {
                s->d = sema_expr(s->d);
            }
        }
        void *written = sema_objsize_loop_head(s); /* what the loop changes is unknown */
        if (s->a)
            s->a = cond_expr(s->a);
        if (s->c)
            s->c = sema_expr(s->c);
        sema_objsize_loop_end(written);
        void *body_mark = sema_vla_scope_enter();
        fc->loops++, fc->breakable++;
        void *cleanup = sema_cleanup_loop_enter(true);
        sub_stmt(s->b);
        sema_cleanup_loop_leave(cleanup);
        fc->loops--, fc->breakable--;
        sema_objsize_loop_end(written);
        sema_pop_scope();
        if (s->d && s->d->kind == ND_BLOCK)
            for_vla_init(s, mark, body_mark);
        else
            sema_vla_loop(s, mark);
        sema_cleanup_for_init(s, init_cleanup);
        break;
    }
    case ND_SWITCH:
        stmt_switch(s);
        sema_objsize_forget();
        break;
    case ND_CASE: case ND_DEFAULT:
        sema_objsize_forget(); /* a jump target */
        stmt_case(s);
        break;
    case ND_BREAK:
        if (!fc->breakable)
            diag_error_at(s->loc, "break statement not within loop or switch");
        else
            sema_cleanup_jump(s);
        break;
    case ND_CONTINUE:
        if (!fc->loops)
            diag_error_at(s->loc, "continue statement not within a loop");
        else
            sema_cleanup_jump(s);
        break;
    case ND_RETURN:
        stmt_return_cleanup(s);
        break;
    case ND_LABEL:
        sema_local_label_ref(s, fc->fn, true);
        for (Node *l = fc->labels; l; l = l->d)
            if (strcmp(l->name, s->name) == 0)
                diag_error_at(s->loc, "duplicate label '%s'", sema_label_name(s->name));
        s->d = fc->labels;
        fc->labels = s;
        sema_vla_mark(s);
        sema_cleanup_mark(s);
        sema_objsize_forget(); /* a jump target */
        sema_stmt(s->a);
        break;
    case ND_GOTO:
        if (nonlocal_goto(s))
            break;
        sema_vla_mark(s);
        sema_cleanup_mark(s);
        s->d = fc->gotos;
        fc->gotos = s;
        break;
    case ND_ASM:
        sema_asm(s);
        if (s->kind == ND_BLOCK)
            sema_stmt(s);
        break;
    case ND_FUNC_DEF:
        sema_nested_function(s);
        break;
    case ND_LOCAL_LABEL:
        sema_local_label(s, fc->fn);
        break;
    case ND_GOTO_PTR:
        s->a = sema_expr(s->a);
        if (!ty_is_ptr(s->a->ty))
            diag_error_at(s->loc, "computed goto needs a pointer (have '%s')", ty_str(s->a->ty));
        break;
    default:
        break;
    }
}

static void resolve_nonlocal(void)
{
    for (Node *g = fc->nonlocal; g; g = g->d) {
        Node *l = fc->labels;
        while (l && strcmp(l->name, g->name) != 0)
            l = l->d;
        if (!l)
            diag_error_at(g->loc, "label '%s' used but not defined", sema_label_name(g->name));
        g->c = l;
        fc->fn->nonlocal_target = true;
    }
}

static void resolve_gotos(void)
{
    for (Node *g = fc->gotos, *next; g; g = next) {
        next = g->d;
        Node *l = fc->labels;
        while (l && strcmp(l->name, g->name) != 0)
            l = l->d;
        if (!l)
            diag_error_at(g->loc, "label '%s' used but not defined", sema_label_name(g->name));
        else if (g->kind == ND_GOTO && !sema_vla_jump_ok(g, l))
            diag_error_at(g->loc, "jump into scope of identifier with variably modified type");
        if (g->kind == ND_LABEL_ADDR) {
            g->d = NULL; /* an expression: no links for the code generator to follow */
            continue;
        }
        g->c = l;
        Node *free_vlas = l && g->kind == ND_GOTO ? sema_vla_free_before_goto(g, l) : NULL;
        Node *cleanups = l && g->kind == ND_GOTO ? sema_cleanup_before_goto(g, l) : NULL;
        if (cleanups) /* the cleanups first, then the VLAs' storage */
            free_vlas = free_vlas ? list_append(cleanups, free_vlas) : cleanups;
        if (free_vlas) { /* g becomes { r63 = saved; goto l; } */
            Node *jump = new_node(ND_GOTO, g->loc);
            *jump = *g;
            jump->next = NULL;
            list_append(free_vlas, jump);
            g->kind = ND_BLOCK;
            g->a = free_vlas;
            g->c = g->d = NULL;
        }
    }
}

/* A definition at file scope, or nested in the body of parent (GNU C). */
static void function_def(Node *fn, Node *parent)
{
    Type *ft;
    FuncCtx ctx = {0};
    ctx.fn = fn;
    ctx.outer = fc;
    fn->locals = arena_alloc(sizeof *fn->locals);
    fc = &ctx; /* VLA parameter sizes are hidden locals of the function */
    sema_objsize_forget();
    sema_vla_clear_pending();
    sema_vla_set_mode(2);
    sema_cleanup_reset();
    sema_frame_reset();
    Sym *sym = parent ? sema_nested_symbol(fn, &ft, parent) : sema_function_symbol(fn, &ft);
    sema_vla_set_mode(1);
    Node *param_sizes = sema_vla_take_pending();
    if (!sym) {
        fc = ctx.outer;
        return;
    }
    ctx.sym = sym;
    ctx.ret = ft->base;
    if (parent)
        sema_vla_record_by_value(ft, fn->loc); /* sema_vla_struct.c */
    ctx.variadic = ft->variadic;
    ctx.name = sym->name;
    fn->sym = sym;
    if (fn->spec->storage == SC_STATIC)
        sym->storage = SC_STATIC;
    sema_push_scope();
    for (Param *p = ft->params; p; p = p->next) {
        if (!p->name) {
            diag_error_at(p->loc, "parameter name omitted");
            continue;
        }
        if (!ty_is_complete(p->ty))
            diag_error_at(p->loc, "parameter '%s' has incomplete type", p->name);
        sema_declare_param(p, fn->locals);
    }
    /* the body's outermost block shares the parameter scope */
    stmt_list(fn->body->a);
    sema_cleanup_leave(fn->body, NULL);
    /* sizes of VLA parameter types first (already checked): `int n, int a[][n]` */
    if (param_sizes) {
        Node *last = param_sizes;
        while (last->next)
            last = last->next;
        last->next = fn->body->a;
        fn->body->a = param_sizes;
    }
    sema_frame_entry(fn); /* r62 and r63 at entry, before any other code */
    sema_pop_scope();
    resolve_gotos();
    resolve_nonlocal();
    if (sym->noreturn && sema_falls_through(fn->body))
        diag_warning_at(fn->loc, "'noreturn' function '%s' does return", sym->name);
    else if (ctx.ret->kind != TY_VOID && strcmp(sym->name, "main") != 0 &&
             sema_falls_through(fn->body))
        diag_warning_at(fn->loc, "control reaches end of non-void function '%s'", sym->name);
    fc = ctx.outer;
}

void sema_function(Node *fn)
{
    function_def(fn, NULL);
    sema_vla_set_mode(0);
}

/* A function defined in a block: analysed there (it sees the block's names), with
 * the enclosing function's state kept aside; the statement itself becomes empty. */
void sema_nested_function(Node *s)
{
    Node *fn = new_node(ND_FUNC_DEF, s->loc);
    *fn = *s;
    fn->next = NULL;
    s->kind = ND_NULL_STMT;
    void *vla = sema_vla_save(), *cleanup = sema_cleanup_save(), *objsize = sema_objsize_save();
    void *frame = sema_frame_save();
    function_def(fn, fc->fn);
    sema_vla_restore(vla);
    sema_cleanup_restore(cleanup);
    sema_objsize_restore(objsize);
    sema_frame_restore(frame);
}
