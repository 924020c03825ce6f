/* sema_ext.c - the semantic pass for the C11 and GNU forms beyond C89/C99 expressions:
 * _Generic, _Alignof, __builtin_offsetof, __builtin_types_compatible_p, statement
 * expressions, label addresses, `a ?: b`, and the builtin functions (__builtin_expect,
 * __builtin_unreachable, __builtin_constant_p, __builtin_alloca).
 */
#include <string.h>

#include "qcc.h"

static Node *typed_num(int64_t v, Type *ty, Loc loc)
{
    Node *n = new_node(ND_NUM, loc);
    n->ival = v;
    n->ty = ty;
    n->is_const = true;
    return n;
}

static Type *size_type(void) { return ty_basic(TY_ULONG); }

static Type *type_of_name(Node *tn)
{
    return sema_vla_unevaluated_type(tn); /* never evaluated */
}

/* _Generic(e, T1: e1, ..., default: ed): the association whose type is compatible
 * with the type of e after lvalue conversion (e itself is not evaluated). */
static Node *ext_generic(Node *e)
{
    Node *ctrl = sema_expr(e->a);
    Type *ct = ty_unqual(ctrl->ty);
    Node *chosen = NULL, *dflt = NULL;
    for (Node *as = e->b; as; as = as->next) {
        if (!as->a) {
            if (dflt)
                diag_error_at(as->loc, "duplicate default generic association");
            dflt = as;
            continue;
        }
        Type *t = type_of_name(as->a);
        if (ty_compatible(ct, t) && ct->quals == t->quals) {
            if (chosen)
                diag_error_at(as->loc, "'_Generic' selector matches multiple associations");
            else
                chosen = as;
        }
    }
    if (!chosen)
        chosen = dflt;
    if (!chosen) {
        diag_error_at(e->loc, "'_Generic' selector of type '%s' is not compatible with any "
                              "association", ty_str(ctrl->ty));
        return typed_num(0, ty_basic(TY_INT), e->loc);
    }
    return sema_expr_unevaluated(chosen->b);
}

/* sum + part (either may be NULL), in size_t. */
static Node *add_part(Node *sum, Node *part)
{
    if (!sum || !part)
        return sum ? sum : part;
    Node *add = new_binary('+', sum, sema_convert(part, size_type()), part->loc);
    add->ty = size_type();
    return add;
}

/* sum + index * size, in size_t (checked nodes: index is already checked); the size of
 * a variable-length element is its hidden size. */
static Node *add_scaled(Node *sum, Node *index, Type *elem)
{
    Node *size = elem->vla ? sema_convert(sema_vla_size_expr(elem, index->loc), size_type())
                           : typed_num(ty_size(elem), size_type(), index->loc);
    Node *mul = new_binary('*', sema_convert(index, size_type()), size, index->loc);
    mul->ty = size_type();
    return add_part(sum, mul);
}

/* __builtin_offsetof(T, a.b[2]): an integer constant; with a variable index
 * (`offsetof(T, b[i])`, GNU C) the value computed at run time. */
static Node *ext_offsetof(Node *e)
{
    Type *t = type_of_name(e->a);
    int64_t off = 0;
    Node *var = NULL; /* the variable part */
    for (Node *d = e->b; d; d = d->next) {
        if (d->kind == ND_DESIG_FIELD) {
            if (!ty_is_record(t) || !t->tag->complete) {
                diag_error_at(d->loc, "'%s' is not a member of a complete structure or union",
                              d->name);
                break;
            }
            int moff = 0;
            Member *m = ty_find_member(t, d->name, &moff);
            if (!m) {
                diag_error_at(d->loc, "'%s' has no member named '%s'", ty_str(t), d->name);
                break;
            }
            if (m->bit_width)
                diag_error_at(d->loc, "cannot apply 'offsetof' to a bit-field");
            off += moff;
            var = add_part(var, sema_vla_member_offset(t, d->name, d->loc));
            t = m->ty;
        } else {
            Node *ix = sema_expr(d->a);
            int64_t v;
            if (t->kind != TY_ARRAY || !ty_is_integer(ix->ty)) {
                diag_error_at(d->loc, "'offsetof' needs an array and an integer index");
                break;
            }
            if (sema_eval_const(ix, &v) && !t->base->vla)
                off += v * ty_size(t->base);
            else
                var = add_scaled(var, ix, t->base);
            t = t->base;
        }
    }
    if (var) {
        Node *add = new_binary('+', typed_num(off, size_type(), e->loc), var, e->loc);
        add->ty = size_type();
        return add;
    }
    return typed_num(off, size_type(), e->loc);
}

/* _Alignof(T) / _Alignof(expr): every type is aligned to one word (c-dialect.md). */
static Node *ext_alignof(Node *e)
{
    Type *t = e->b ? type_of_name(e->b) : sema_expr_unevaluated(e->a)->ty;
    if (t->kind != TY_FUNC && t->kind != TY_VOID && t->kind != TY_ARRAY && !ty_is_complete(t))
        diag_error_at(e->loc, "invalid application of '_Alignof' to '%s'", ty_str(t));
    return typed_num(1, size_type(), e->loc);
}

/* ({ stmt; ...; expr; }): the value of the last expression statement. */
static Node *ext_stmt_expr(Node *e)
{
    if (!sema_current_function()) {
        diag_error_at(e->loc, "statement expressions are only allowed inside functions");
        return typed_num(0, ty_basic(TY_INT), e->loc);
    }
    Node *block = e->a;
    void *cleanup = sema_cleanup_enter();
    sema_push_scope();
    Node *last = NULL;
    for (Node *s = block->a; s; s = s->next) {
        if (!s->next && s->kind == ND_LABEL && s->a->kind == ND_EXPR_STMT) {
            /* `({ ...; l: e; })` (a __label__ in a macro): the label, then e */
            s->next = s->a;
            s->a = new_node(ND_NULL_STMT, s->loc);
        }
        if (!s->next && s->kind == ND_EXPR_STMT) {
            last = s;
            break;
        }
        sema_stmt(s);
    }
    e->ty = ty_basic(TY_VOID);
    if (last) {
        last->a = sema_expr(last->a);
        e->ty = ty_unqual(last->a->ty);
    }
    sema_pop_scope();
    last = sema_cleanup_stmt_expr(e, last, cleanup);
    e->b = last; /* codegen: the statements before it, then its value */
    return e;
}

/* `a ?: c` is `(t = a) ? t : c` with t a hidden local (a evaluated once). */
void sema_elvis(Node *e)
{
    Node *a = sema_expr(e->a);
    if (a->is_const || !sema_current_function()) {
        e->a = a;
        e->b = a;
        return;
    }
    Sym *tmp = sema_temp_local(ty_unqual(a->ty), e->loc);
    Node *v1 = new_node(ND_VAR, e->loc), *v2 = new_node(ND_VAR, e->loc);
    v1->sym = v2->sym = tmp;
    v1->ty = v2->ty = tmp->ty;
    Node *set = new_node(ND_ASSIGN, e->loc);
    set->a = v1;
    set->b = a;
    set->ty = tmp->ty;
    e->a = set;
    e->b = v2;
}

/* Builtin functions called by name; NULL if e is not one of them (a library builtin
 * is renamed to the library function and goes on as an ordinary call). */
Node *sema_builtin_call(Node *e)
{
    const char *name = e->a->name;
    if (sema_is_atomic_name(name) && !sema_lookup(name))
        return sema_atomic_builtin(e, name);
    if (strcmp(name, "alloca") == 0 && opts_builtin_enabled("alloca")) /* as gcc */
        name = "__builtin_alloca";
    else if (strncmp(name, "__builtin_", 10) != 0 || sema_lookup(name))
        return NULL;
    name += 10;
    Node *more = sema_builtin_more(e, name);
    if (!more)
        more = sema_complex_builtin(e, name);
    if (!more)
        more = sema_vector_builtin(e, name);
    if (more)
        return more;
    more = sema_fp_builtin(e, name);
    if (more)
        return more;
    more = sema_chk_builtin(e, name); /* sema_chk_builtin.c */
    if (more)
        return more;
    if (sema_library_builtin(e, name)) /* sema_libbuiltin.c */
        return NULL;
    int nargs = 0;
    for (Node *a = e->b; a; a = a->next)
        nargs++;
    int want = strcmp(name, "unreachable") == 0 ? 0 : strcmp(name, "expect") == 0 ? 2 : 1;
    if (strcmp(name, "expect") && strcmp(name, "unreachable") && strcmp(name, "constant_p") &&
        strcmp(name, "alloca"))
        return NULL;
    if (nargs != want) {
        diag_error_at(e->loc, "wrong number of arguments to '__builtin_%s'", name);
        return typed_num(0, ty_basic(TY_INT), e->loc);
    }
    if (strcmp(name, "expect") == 0) {
        Node *v = sema_expr(e->b);
        Node *hint = sema_expr(e->b->next);
        if (!ty_is_integer(v->ty) || !ty_is_integer(hint->ty))
            diag_error_at(e->loc, "'__builtin_expect' needs integer arguments");
        v = sema_convert(v, ty_basic(TY_LONG));
        if (hint->is_const || !sema_current_function())
            return v;
        /* the hint is evaluated too (after the value: the order is unspecified) */
        Sym *t = sema_temp_local(v->ty, e->loc);
        Node *tv = new_node(ND_VAR, e->loc), *tv2 = new_node(ND_VAR, e->loc);
        tv->sym = tv2->sym = t;
        tv->ty = tv2->ty = t->ty;
        Node *set = new_node(ND_ASSIGN, e->loc);
        set->a = tv;
        set->b = v;
        set->ty = t->ty;
        Node *c1 = new_node(ND_COMMA, e->loc), *c2 = new_node(ND_COMMA, e->loc);
        c1->a = set;
        c1->b = sema_convert(hint, ty_basic(TY_VOID));
        c1->ty = c1->b->ty;
        c2->a = c1;
        c2->b = tv2;
        c2->ty = t->ty;
        return c2;
    }
    if (strcmp(name, "constant_p") == 0) {
        Node *v = sema_expr_unevaluated(e->b);
        bool k = v->is_const || v->kind == ND_FNUM || v->kind == ND_STR;
        return typed_num(k, ty_basic(TY_INT), e->loc);
    }
    if (strcmp(name, "alloca") == 0) {
        Node *n = new_node(ND_ALLOCA, e->loc);
        n->a = sema_convert(sema_expr(e->b), size_type());
        if (!ty_is_integer(n->a->ty))
            diag_error_at(e->loc, "'__builtin_alloca' needs an integer size");
        n->ty = ty_ptr(ty_basic(TY_VOID));
        sema_note_alloca();
        return n;
    }
    /* unreachable: control never gets here (no code) */
    Node *n = new_node(ND_CONV, e->loc);
    n->a = typed_num(0, ty_basic(TY_INT), e->loc);
    n->ty = ty_basic(TY_VOID);
    n->noreturn = true;
    return n;
}

Node *sema_ext_expr(Node *e)
{
    switch (e->kind) {
    case ND_GENERIC: return ext_generic(e);
    case ND_CONVERTVECTOR: return sema_vector_convertvector(e);
    case ND_OFFSETOF: return ext_offsetof(e);
    case ND_ALIGNOF: return ext_alignof(e);
    case ND_TYPES_COMPATIBLE: {
        Type *a = ty_unqual(type_of_name(e->a)), *b = ty_unqual(type_of_name(e->b));
        return typed_num(ty_compatible(a, b), ty_basic(TY_INT), e->loc);
    }
    case ND_STMT_EXPR: return ext_stmt_expr(e);
    case ND_COMPLEX_MAKE: case ND_REAL_PART: case ND_IMAG_PART: return sema_complex_expr(e);
    case ND_LABEL_ADDR:
        if (!sema_current_function()) {
            diag_error_at(e->loc, "label address outside a function");
        } else {
            /* the label's assembler name: also a constant for static initializers */
            /* first: a __label__ name gets its unique name */
            const char *base = sema_note_label_use(e);
            e->sym = arena_alloc(sizeof *e->sym);
            e->sym->kind = SYM_VAR;
            e->sym->name = e->name;
            e->sym->asm_name = asm_symbol(arena_printf("%s$u$%s", base, e->name));
            e->sym->reg = -1;
        }
        e->ty = ty_ptr(ty_basic(TY_VOID));
        return e;
    default:
        e->ty = ty_basic(TY_INT);
        return e;
    }
}

/* GNU cast to a union, `(union u) x`: a union value whose member of x's type is x (a
 * compound literal; x is evaluated once, into a temporary unless it is a constant or a
 * variable). A cast of a union to its own type is the value itself. */
Node *sema_union_cast(Node *cast, Type *t)
{
    Node *v = sema_expr(cast->a);
    Type *vt = ty_unqual(v->ty);
    if (ty_is_record(vt) && vt->tag == t->tag)
        return v;
    Member *m = t->tag->members;
    while (m && !(m->name && !m->bit_width && ty_compatible(ty_unqual(m->ty), vt) &&
                  m->ty->kind == vt->kind))
        m = m->next;
    if (!m) {
        diag_error_at(cast->loc, "cast to union type from type not present in union ('%s')",
                      ty_str(v->ty));
        v->ty = t; /* no follow-up diagnostics */
        v->err = true;
        return v;
    }
    Node *value = v, *set = NULL;
    bool reusable = v->is_const || v->kind == ND_FNUM || v->kind == ND_VAR;
    if (!reusable && sema_current_function()) {
        Sym *tmp = sema_temp_local(vt, v->loc);
        Node *lhs = new_node(ND_VAR, v->loc);
        lhs->sym = tmp;
        lhs->ty = tmp->ty;
        set = new_node(ND_ASSIGN, v->loc);
        set->a = lhs;
        set->b = v;
        set->ty = vt;
        value = new_node(ND_VAR, v->loc);
        value->sym = tmp;
        value->ty = tmp->ty;
    } else if (!reusable) {
        diag_error_at(cast->loc, "cast to union of a non-constant outside a function");
        v->ty = t;
        v->err = true;
        return v;
    }
    Node *field = new_node(ND_DESIG_FIELD, cast->loc);
    field->name = m->name;
    Node *item = new_node(ND_DESIG_INIT, cast->loc);
    item->a = field;
    item->b = value;
    Node *lit = new_node(ND_COMPOUND_LIT, cast->loc);
    lit->a = cast->b;
    lit->b = item;
    lit = sema_expr(lit);
    return new_comma(set, lit);
}
