/* sema_decl.c - the semantic pass over declarations: scopes and symbols, types from
 * declaration specifiers and declarators, struct/union layout, enums, and file-scope
 * and block-scope declarations.
 */
#include <string.h>

#include "qcc.h"

SymVec sema_globals;

void symvec_push(SymVec *vec, Sym *s)
{
    if (vec->n == vec->cap) {
        vec->cap = vec->cap ? vec->cap * 2 : 16;
        Sym **v = arena_alloc((size_t)vec->cap * sizeof *v);
        if (vec->n)
            memcpy(v, vec->v, (size_t)vec->n * sizeof *v);
        vec->v = v;
    }
    vec->v[vec->n++] = s;
}

/* ---- scopes ---- */

typedef struct Entry {
    struct Entry *next;
    const char *name;
    Sym *sym;   /* ordinary identifiers */
    Tag *tag;   /* struct/union/enum tags */
} Entry;

typedef struct Scope {
    struct Scope *parent;
    Entry *names;
    Entry *tags;
} Scope;

static Scope *scope;
static int depth;

void sema_push_scope(void)
{
    Scope *s = arena_alloc(sizeof *s);
    s->parent = scope;
    scope = s;
    depth++;
}

/* Warns in declaration order (the scope's list is newest first). */
static void warn_unused_from(Entry *e)
{
    if (!e)
        return;
    warn_unused_from(e->next);
    Sym *s = e->sym;
    if (s->kind == SYM_VAR && !s->used && !s->is_param && !s->global && s->storage != SC_EXTERN)
        diag_warning_at(s->loc, "unused variable '%s'", s->name);
}

static void warn_unused(Scope *s)
{
    if (opts.wall)
        warn_unused_from(s->names);
}

void sema_pop_scope(void)
{
    warn_unused(scope);
    scope = scope->parent;
    depth--;
    sema_nested_scope_pop(depth); /* __label__ names and `auto` functions of the scope */
}

static Entry *find_in(Entry *list, const char *name)
{
    for (Entry *e = list; e; e = e->next)
        if (strcmp(e->name, name) == 0)
            return e;
    return NULL;
}

Sym *sema_lookup(const char *name)
{
    for (Scope *s = scope; s; s = s->parent) {
        Entry *e = find_in(s->names, name);
        if (e)
            return e->sym;
    }
    return NULL;
}

Sym *sema_lookup_here(const char *name)
{
    Entry *e = find_in(scope->names, name);
    return e ? e->sym : NULL;
}

/* An enumerator may not name what its scope already declares (C11 6.7p3). */
static void check_enumerator_redecl(const char *name, Loc loc)
{
    Entry *dup = find_in(scope->names, name);
    if (!dup)
        return;
    if (dup->sym->kind == SYM_ENUMCONST)
        diag_error_at(loc, "redeclaration of enumerator '%s'", name);
    else
        diag_error_at(loc, "'%s' redeclared as different kind of symbol", name);
    diag_note_at(dup->sym->loc, "previous declaration of '%s' was here", name);
}

static void bind(Sym *sym)
{
    if (sym->kind == SYM_ENUMCONST)
        check_enumerator_redecl(sym->name, sym->loc);
    Entry *e = arena_alloc(sizeof *e);
    e->name = sym->name;
    e->sym = sym;
    e->next = scope->names;
    scope->names = e;
}

static Sym *new_sym(int kind, const char *name, Type *ty, Loc loc)
{
    Sym *s = arena_alloc(sizeof *s);
    s->kind = kind;
    s->name = arena_strdup(name);
    s->ty = ty;
    s->loc = loc;
    s->reg = -1;
    return s;
}

static int temp_counter;

/* A hidden local of the current function (not in any scope). */
Sym *sema_temp_local(Type *t, Loc loc)
{
    Sym *s = new_sym(SYM_VAR, arena_printf("$tmp$%d", ++temp_counter), t, loc);
    s->defined = true;
    s->used = true;
    sema_add_local(s);
    return s;
}

/* A nested function's symbol in the current (block) scope. */
Sym *sema_bind_local_func(const char *name, Type *t, Loc loc)
{
    Sym *s = new_sym(SYM_FUNC, name, t, loc);
    bind(s);
    return s;
}

void sema_declare_dummy(Sym *s)
{
    bind(s);
}

/* The variadic C library functions, with their fixed parameters (c: const char *, s:
 * char *, z: size_t, i: int). Called without a declaration they get these prototypes,
 * as gcc gives its built-in ones, so that their variable arguments are passed as the
 * library expects. (Those taking a FILE * cannot be called without <stdio.h>.) */
static const struct { const char *name, *fixed; } variadic_library[] = {
    {"printf", "c"}, {"sprintf", "sc"}, {"snprintf", "szc"}, {"dprintf", "ic"},
    {"scanf", "c"}, {"sscanf", "cc"},
};

static Type *fixed_param_type(char code)
{
    switch (code) {
    case 'c': return ty_ptr(ty_qual(ty_basic(TY_CHAR), Q_CONST));
    case 's': return ty_ptr(ty_basic(TY_CHAR));
    case 'z': return ty_basic(TY_ULONG);
    default: return ty_basic(TY_INT);
    }
}

static Type *implicit_type(const char *name, Loc loc)
{
    for (size_t i = 0; i < sizeof variadic_library / sizeof *variadic_library; i++) {
        if (strcmp(name, variadic_library[i].name))
            continue;
        Param *params = NULL, **tail = &params;
        for (const char *f = variadic_library[i].fixed; *f; f++) {
            Param *p = arena_alloc(sizeof *p);
            p->ty = fixed_param_type(*f);
            p->loc = loc;
            *tail = p;
            tail = &p->next;
        }
        return ty_func(ty_basic(TY_INT), params, true, false);
    }
    return ty_func(ty_basic(TY_INT), NULL, false, true);
}

void sema_declare_implicit(const char *name, Loc loc)
{
    sema_declare_function(name, implicit_type(name, loc), loc);
}

/* Declares an external function at file scope (implicit declarations, builtins). */
void sema_declare_function(const char *name, Type *ty, Loc loc)
{
    Sym *s = new_sym(SYM_FUNC, name, ty, loc);
    s->asm_name = asm_symbol(name);
    s->global = true;
    Scope *cur = scope;
    while (scope->parent)
        scope = scope->parent;
    bind(s);
    scope = cur;
}

/* ---- types from specifiers ---- */

static Tag *find_tag(const char *name, bool current_only)
{
    for (Scope *s = scope; s; s = s->parent) {
        Entry *e = find_in(s->tags, name);
        if (e)
            return e->tag;
        if (current_only)
            break;
    }
    return NULL;
}

static Tag *new_tag(const char *name, int kind)
{
    Tag *t = arena_alloc(sizeof *t);
    t->name = name ? arena_strdup(name) : NULL;
    t->kind = kind;
    if (name) {
        Entry *e = arena_alloc(sizeof *e);
        e->name = t->name;
        e->tag = t;
        e->next = scope->tags;
        scope->tags = e;
    }
    return t;
}

/* Width of a bit-field declarator, checked; -1 after an error. */
static int bitfield_width(Node *d, Type *t)
{
    Node *e = sema_expr(d->c);
    int64_t w = 0;
    if (!sema_eval_const(e, &w) || w < 0) {
        diag_error_at(d->c->loc, "bit-field width is not a non-negative integer constant");
        return -1;
    }
    if (!ty_is_integer(t)) {
        diag_error_at(d->loc, "bit-field has invalid type '%s'", ty_str(t));
        return -1;
    }
    if (w > 32 * ty_size(t) || (t->kind == TY_BOOL && w > 1)) {
        diag_error_at(d->c->loc, "width of bit-field exceeds its type");
        return -1;
    }
    if (w == 0 && d->decl->name) {
        diag_error_at(d->loc, "zero width for bit-field '%s'", d->decl->name);
        return -1;
    }
    return (int)w;
}

/* Members in declaration order: each ordinary member takes whole words; consecutive
 * bit-fields share a word while they fit in its 32 bits (a zero-width bit-field or an
 * ordinary member closes the word). A long long bit-field starts in the open word if it
 * fits in that word and the next (which then becomes the open word), else in a new word:
 * it never spans more than two words. A union puts everything at offset 0. */
static void layout_record(Tag *tag, Node *fields)
{
    Member head = {0}, *last = &head;
    int offset = 0, size = 0;
    int bitpos = 32, bitword = 0; /* bits used in the open bit-field word (32: none) */
    bool is_union = tag->kind == TY_UNION;
    for (Node *f = fields; f; f = f->next) {
        if (f->kind == ND_STATIC_ASSERT) { /* C11 6.7.2.1p1: a member-list item */
            sema_static_assert(f);
            continue;
        }
        Type *base = sema_spec_cached(f->spec);
        Node *decls = f->a;
        if (!decls) {
            bitpos = 32;
            if (ty_is_record(base) && base->tag->name == NULL) {
                Member *m = arena_alloc(sizeof *m);
                m->ty = base;
                m->loc = f->loc;
                m->offset = is_union ? 0 : offset;
                tag->vla |= base->vla;
                int sz = base->vla ? 0 : ty_size(base);
                if (is_union) size = sz > size ? sz : size;
                else offset += sz;
                last = last->next = m;
            } else {
                diag_warning_at(f->loc, "declaration does not declare anything");
            }
            continue;
        }
        for (Node *d = decls; d; d = d->next) {
            sema_check_attrs(d->d);
            Type *t = sema_vector_attrs(sema_decl_type(f->spec, d->decl, d->loc), d->d);
            if (t->vla && !d->c) { /* GNU C: sized at run time (sema_vla_struct.c) */
                tag->vla = true;
                if (!sema_vla_sizes_wanted() && sema_depth() <= 1)
                    diag_error_at(d->loc, "variably modified '%s' at file scope",
                                  d->decl->name ? d->decl->name : "");
            }
            int width = 0, bit = 0, word;
            if (d->c) {
                sema_check_bitfield_spec(f->spec, d);
                width = bitfield_width(d, t);
                if (width < 0)
                    continue;
                if (width == 0) {
                    bitpos = 32;
                    continue;
                }
                if (is_union) {
                    word = 0;
                    int sz = width > 32 ? 2 : 1;
                    size = size > sz ? size : sz;
                } else {
                    /* a long long bit-field may go on into the next word */
                    int room = ty_size(t) == 2 && bitpos < 32 ? 64 : 32;
                    if (bitpos + width > room) {
                        bitword = offset++;
                        bitpos = 0;
                    }
                    word = bitword;
                    bit = bitpos;
                    bitpos += width;
                    if (bitpos > 32) { /* the next word stays open */
                        bitword = offset++;
                        bitpos -= 32;
                    }
                }
                if (!d->decl->name)
                    continue;
            } else {
                bitpos = 32;
                if (!d->decl->name)
                    continue;
                int sz = t->vla ? 0 : ty_size(t); /* VLA members: in tag->vla_size */
                if (sz < 0) {
                    if (t->kind == TY_ARRAY && !d->next && !f->next && tag->kind == TY_STRUCT) {
                        sz = 0; /* flexible array member */
                        if (!head.next) /* C11 6.7.2.1p18 */
                            diag_error_at(d->loc, "flexible array member in a struct with "
                                                  "no named members");
                    } else {
                        diag_error_at(d->loc, "field '%s' has incomplete type", d->decl->name);
                        sz = 1;
                    }
                }
                word = is_union ? 0 : offset;
                if (is_union)
                    size = sz > size ? sz : size;
                else
                    offset += sz;
            }
            for (Member *m = head.next; m; m = m->next)
                if (m->name && strcmp(m->name, d->decl->name) == 0)
                    diag_error_at(d->loc, "duplicate member '%s'", d->decl->name);
            Member *m = arena_alloc(sizeof *m);
            m->name = d->decl->name;
            m->ty = t;
            m->loc = d->loc;
            m->offset = word;
            m->bit_offset = bit;
            m->bit_width = width;
            last = last->next = m;
        }
    }
    tag->members = head.next;
    tag->size = is_union ? size : offset;
    tag->complete = true;
    if (tag->vla)
        sema_vla_record(tag, fields ? fields->loc : (Loc){0});
}

/* The enumerators of enum t (tag). As in gcc, constants outside int's range make the
 * enum unsigned int (no negative values), or else long long or unsigned long long
 * (tag->enum_wide); then those constants have the enum's type (the others stay int).
 * While the list is being read, such a constant has the type of its value. */
static void define_enum(Tag *tag, Type *t, Node *list)
{
    int64_t value = 0;
    bool uvalue = false; /* value is an unsigned long long beyond INT64_MAX */
    bool negative = false, over_int = false, over_uint = false, over_ll = false;
    SymVec syms = {0};
    for (Node *e = list; e; e = e->next) {
        if (e->a) {
            Node *v = sema_expr(e->a);
            if (!sema_eval_const(v, &value))
                diag_error_at(e->loc, "enumerator value for '%s' is not an integer constant",
                              e->name);
            uvalue = value < 0 && !ty_is_signed(v->ty) && ty_is_ll(v->ty);
        }
        bool fits_int = !uvalue && value >= INT32_MIN && value <= INT32_MAX;
        Type *ct = ty_basic(fits_int ? TY_INT : uvalue ? TY_ULLONG : TY_LLONG);
        Sym *s = new_sym(SYM_ENUMCONST, e->name, ct, e->loc);
        s->value = fits_int ? (int32_t)value : value;
        symvec_push(&syms, s);
        negative |= !uvalue && value < 0;
        over_int |= !fits_int;
        over_uint |= uvalue || value > UINT32_MAX;
        over_ll |= uvalue;
        bind(s);
        uvalue = uvalue || value == INT64_MAX; /* the next one is INT64_MAX + 1 */
        value = (int64_t)((uint64_t)value + 1);
    }
    if (negative && over_ll)
        diag_error_at(list->loc, "enumeration values exceed range of largest integer");
    tag->enum_unsigned = !negative;
    tag->complete = true;
    tag->size = 1;
    Type *et = t;
    if (over_uint || (negative && over_int)) {
        tag->enum_wide = ty_basic(negative ? TY_LLONG : TY_ULLONG);
        tag->size = ty_size(tag->enum_wide);
        et = tag->enum_wide;
    }
    for (int i = 0; i < syms.n; i++)
        if (syms.v[i]->ty->kind != TY_INT)
            syms.v[i]->ty = et;
}

static Type *record_type(Node *r)
{
    int kind = r->kind == ND_ENUM_SPEC ? TY_ENUM : r->op;
    Tag *tag = NULL;
    if (r->name) {
        tag = find_tag(r->name, r->ival != 0);
        if (tag && tag->kind != kind) {
            diag_error_at(r->loc, "'%s' defined as wrong kind of tag", r->name);
            tag = NULL;
        }
        if (tag && r->ival && tag->complete) {
            diag_error_at(r->loc, "redefinition of '%s %s'",
                          kind == TY_STRUCT ? "struct" : kind == TY_UNION ? "union" : "enum",
                          r->name);
            tag = NULL;
        }
    }
    if (!tag)
        tag = new_tag(r->name, kind);
    if (!r->ival && tag->enum_wide)
        return tag->enum_wide;
    Type *t = ty_basic(kind);
    t->tag = tag;
    if (!r->ival)
        return sema_vla_record_type(t);
    if (kind == TY_ENUM) {
        define_enum(tag, t, r->a);
        if (tag->enum_wide)
            return tag->enum_wide;
    } else {
        layout_record(tag, r->a);
    }
    return sema_vla_record_type(t);
}

static Type *spec_type_base(Spec *s)
{
    Type *t;
    int ts = s->tspec;
    if (ts & TS_OTHER) {
        if (s->typedef_name) {
            Sym *sym = sema_lookup(s->typedef_name);
            if (!sym || sym->kind != SYM_TYPEDEF) {
                diag_error_at(s->loc, "unknown type name '%s'", s->typedef_name);
                t = ty_basic(TY_INT);
            } else {
                t = sym->ty;
            }
        } else if (s->record->kind == ND_TYPEOF) {
            Node *r = s->record;
            if (r->op == 1 && !r->a) {
                diag_error_at(s->loc, "'__auto_type' needs one declarator initialized by "
                                      "an expression");
                t = ty_basic(TY_INT);
            } else if (r->op == 1) { /* __auto_type: the initializer's type, which the
                                        initialization checks again (sema_expr_once) */
                t = ty_unqual(sema_expr_once(r->a)->ty);
            } else if (r->a) {
                r->a = sema_expr_unevaluated(r->a);
                t = r->a->ty;
                sema_vla_typeof_expr(r->a); /* evaluated if variably modified */
            } else {
                t = sema_decl_type(r->b->spec, r->b->decl, r->b->loc);
            }
        } else {
            t = record_type(s->record);
        }
        if (s->is_complex) /* _Complex T, T a typedef name or typeof */
            t = sema_complex_spec(s, ty_unqual(t));
        return ty_qual(t, s->quals);
    }
    int sign = ts & (TS_SIGNED | TS_UNSIGNED);
    bool uns = ts & TS_UNSIGNED;
    ts &= ~(TS_SIGNED | TS_UNSIGNED);
    int kind;
    if (sign == (TS_SIGNED | TS_UNSIGNED))
        diag_error_at(s->loc, "both 'signed' and 'unsigned' in declaration specifiers");
    if (ts == TS_VOID) kind = TY_VOID;
    else if (ts == TS_BOOL) kind = TY_BOOL;
    else if (ts == TS_CHAR) kind = !sign ? TY_CHAR : uns ? TY_UCHAR : TY_SCHAR;
    else if (ts == TS_SHORT || ts == (TS_SHORT | TS_INT)) kind = uns ? TY_USHORT : TY_SHORT;
    else if (ts == TS_INT || ts == 0) kind = uns ? TY_UINT : TY_INT;
    else if (ts == TS_LONG || ts == (TS_LONG | TS_INT)) kind = uns ? TY_ULONG : TY_LONG;
    else if ((ts & ~TS_INT) == (TS_LONG | TS_LONG2)) kind = uns ? TY_ULLONG : TY_LLONG;
    else if (ts == TS_FLOAT) kind = TY_FLOAT;
    else if (ts == TS_DOUBLE) kind = TY_DOUBLE;
    else if (ts == (TS_LONG | TS_DOUBLE)) kind = TY_LDOUBLE;
    else if (ts == TS_FLOAT32) kind = TY_FLOAT32;
    else {
        diag_error_at(s->loc, "invalid combination of type specifiers");
        kind = TY_INT;
    }
    if (s->implicit_int)
        diag_warning_at(s->loc, "return type defaults to 'int'");
    else if (s->tspec == 0 && !s->storage && !s->quals && !s->is_inline && !s->attrs &&
             !s->is_noreturn && !s->is_complex && !s->align)
        diag_error_at(s->loc, "type specifier missing");
    if (sign && (kind == TY_VOID || kind == TY_BOOL || ty_is_float(ty_basic(kind))))
        diag_error_at(s->loc, "invalid combination of type specifiers");
    if (s->is_complex)
        return ty_qual(sema_complex_spec(s, ty_basic(kind)), s->quals);
    return ty_qual(ty_basic(kind), s->quals);
}

/* The specifiers' type, a GNU vector with __attribute__((vector_size(N))) among them. */
Type *sema_spec_type(Spec *s)
{
    return sema_vector_attrs(spec_type_base(s), s->attrs);
}

/* `int a[const 2]`: the qualifiers inside the outermost brackets of an array
 * parameter go to the pointer it is adjusted to (C11 6.7.6.3p7). */
static int param_array_quals(Declarator *d)
{
    DMod *last = NULL;
    for (DMod *m = d->mods; m; m = m->next)
        last = m;
    return last && last->kind == DM_ARRAY ? last->quals & (Q_CONST | Q_VOLATILE | Q_RESTRICT) : 0;
}

static Param *make_params(Node *list, bool oldstyle)
{
    Param head = {0}, *last = &head;
    for (Node *p = list; p; p = p->next) {
        Type *t = oldstyle ? ty_basic(TY_INT)
                           : sema_vector_attrs(sema_decl_type(p->spec, p->decl, p->loc), p->d);
        sema_check_attrs(p->d);
        sema_cleanup_attr(p->d, NULL, false); /* on a parameter: ignored, as in gcc */
        if (!oldstyle)
            sema_check_param_spec(p->spec, p->decl->name, p->loc);
        if (t->kind == TY_VOID && !p->decl->name && list == p && !p->next && !oldstyle)
            return NULL; /* (void) */
        if (t->kind == TY_ARRAY)
            t = ty_qual(ty_ptr(t->base), param_array_quals(p->decl));
        else if (t->kind == TY_FUNC)
            t = ty_ptr(t);
        else if (t->kind == TY_VOID)
            diag_error_at(p->loc, "parameter has incomplete type 'void'");
        Param *q = arena_alloc(sizeof *q);
        q->name = p->decl->name;
        q->ty = t;
        q->loc = p->decl->loc;
        if (q->name && !oldstyle) {
            /* later parameters may use it: `int n, int a[n][n]` */
            q->sym = new_sym(SYM_VAR, q->name, t, q->loc);
            q->sym->is_param = true;
            bind(q->sym);
        }
        last = last->next = q;
    }
    return head.next;
}

static Type *apply_mod(Type *t, DMod *m)
{
    switch (m->kind) {
    case DM_PTR:
        return ty_qual(ty_ptr(t), m->quals);
    case DM_ARRAY: {
        long len = -1;
        if (t->kind == TY_FUNC)
            diag_error_at(m->loc, "declaration of array of functions");
        else if (!ty_is_complete(t))
            diag_error_at(m->loc, "array type has incomplete element type '%s'", ty_str(t));
        if (m->quals & Q_STAR_SIZE)
            return sema_vla_array(t, NULL, m->loc);
        if (m->size) {
            Node *e = sema_expr(m->size);
            int64_t v;
            if (!sema_eval_const(e, &v) || !ty_is_integer(e->ty) || t->vla)
                return sema_vla_array(t, e, m->loc); /* a variable-length array */
            if (v < 0) {
                diag_error_at(e->loc, "size of array is negative");
                v = 1;
            }
            len = (long)v;
        }
        return ty_array(t, len);
    }
    default: {
        if (t->kind == TY_FUNC || t->kind == TY_ARRAY)
            diag_error_at(m->loc, "function cannot return %s type",
                          t->kind == TY_FUNC ? "a function" : "an array");
        sema_push_scope();
        int old = sema_vla_params_begin();
        Param *params = make_params(m->params, m->oldstyle);
        sema_vla_params_end(old);
        sema_pop_scope();
        /* a qualified return type means its unqualified version (C17 6.7.6.3p5) */
        return ty_func(ty_unqual(t), params, m->variadic, m->oldstyle && !m->params);
    }
    }
}

/* A specifier is resolved once per declaration (struct bodies define tags). */
Type *sema_spec_cached(Spec *spec)
{
    if (!spec->typedef_type) {
        spec->typedef_type = sema_spec_type(spec);
        sema_check_spec_type(spec, spec->typedef_type);
        sema_check_attrs(spec->attrs);
        if (spec->storage != SC_TYPEDEF && spec->record)
            sema_mark_transparent(spec->attrs, spec->typedef_type, spec->loc);
        sema_check_align(spec);
    }
    return spec->typedef_type;
}

/* Attributes and function specifiers of a declaration, on its symbol. */
static void apply_decl_attrs(Spec *spec, Node *id, Sym *s)
{
    sema_check_attrs(id->d);
    sema_apply_attrs(spec->attrs, s);
    sema_apply_attrs(id->d, s);
    bool automatic = s->kind == SYM_VAR && !s->global && sema_current_function();
    sema_cleanup_attr(spec->attrs, s, automatic);
    sema_cleanup_attr(id->d, s, automatic);
    if (spec->is_noreturn)
        s->noreturn = true;
}

Type *sema_decl_type(Spec *spec, Declarator *d, Loc loc)
{
    (void)loc;
    Type *t = sema_spec_cached(spec);
    for (DMod *m = d->mods; m; m = m->next)
        t = apply_mod(t, m);
    return t;
}

/* ---- declarations ---- */

/* C11 6.7p3: a typedef name may be redefined in the same scope only to denote
   the same type. Returns true when NAME is already declared in this scope (no
   new symbol is bound then), with an error unless it is that same typedef. */
static bool typedef_redeclared(const char *name, Type *t, Loc loc)
{
    Entry *e = find_in(scope->names, name);
    if (!e)
        return false;
    Sym *old = e->sym;
    if (old->kind == SYM_TYPEDEF && old->ty->quals == t->quals && ty_compatible(old->ty, t)
        && old->ty->kind == t->kind)
        return true; /* the same type again: allowed */
    if (old->kind == SYM_TYPEDEF)
        diag_error_at(loc, "conflicting types for '%s'", name);
    else
        diag_error_at(loc, "'%s' redeclared as different kind of symbol", name);
    diag_note_at(old->loc, "previous declaration of '%s' was here", name);
    return true;
}

static Sym *declare_global(Node *id, Spec *spec, Type *t)
{
    const char *name = id->decl->name;
    Sym *old = NULL;
    for (Entry *e = scope->names; e; e = e->next)
        if (strcmp(e->name, name) == 0)
            old = e->sym;
    int kind = t->kind == TY_FUNC ? SYM_FUNC : SYM_VAR;
    if (kind == SYM_FUNC && spec->thread_local) /* C11 6.7.1p4: objects only */
        diag_error_at(id->loc, "function '%s' declared '_Thread_local'", name);
    if (old) {
        if (old->kind != kind || !ty_compatible(old->ty, t)) {
            diag_error_at(id->loc, "conflicting types for '%s'", name);
            diag_note_at(old->loc, "previous declaration of '%s' was here", name);
            return old;
        }
        if (t->kind == TY_ARRAY && t->len >= 0)
            old->ty = t;
        if (kind == SYM_FUNC && !t->oldstyle && !old->defined)
            old->ty = t; /* a defined function keeps its definition's parameters */
        if (spec->storage != SC_EXTERN && spec->storage != SC_STATIC && kind == SYM_VAR)
            old->storage = old->storage == SC_EXTERN ? SC_NONE : old->storage;
        return old;
    }
    Sym *s = new_sym(kind, name, t, id->loc);
    s->storage = spec->storage;
    s->global = true;
    s->asm_name = asm_symbol(name);
    bind(s);
    if (kind == SYM_VAR)
        symvec_push(&sema_globals, s);
    return s;
}

static void check_init(Sym *s, Node *init, bool is_static)
{
    if (s->defined && s->init) {
        diag_error_at(init->loc, "redefinition of '%s'", s->name);
        return;
    }
    s->init = sema_initializer(&s->ty, init, is_static);
    s->defined = true;
}

void sema_global_decl(Node *decl)
{
    Spec *spec = decl->spec;
    sema_spec_cached(spec); /* declares tags even without declarators */
    if (spec->storage == SC_AUTO || spec->storage == SC_REGISTER)
        diag_error_at(spec->loc, "file-scope declaration specifies '%s'",
                      spec->storage == SC_AUTO ? "auto" : "register");
    for (Node *id = decl->a; id; id = id->next) {
        Type *t = sema_vector_attrs(sema_decl_type(spec, id->decl, id->loc), id->d);
        if (spec->storage == SC_TYPEDEF) {
            if (!typedef_redeclared(id->decl->name, t, id->loc))
                bind(new_sym(SYM_TYPEDEF, id->decl->name, t, id->loc));
            sema_check_attrs(id->d);
            sema_mark_transparent(id->d, t, id->loc);
            sema_mark_transparent(spec->attrs, t, id->loc);
            continue;
        }
        if (t->vla) {
            diag_error_at(id->loc, "variably modified '%s' at file scope", id->decl->name);
            continue;
        }
        Sym *s = declare_global(id, spec, t);
        apply_decl_attrs(spec, id, s);
        if (s->kind == SYM_FUNC) {
            if (id->b)
                diag_error_at(id->loc, "function '%s' is initialized like a variable", s->name);
            continue;
        }
        if (spec->storage == SC_EXTERN && !id->b)
            continue;
        if (id->b)
            check_init(s, id->b, true);
        else if (!ty_is_complete(s->ty) && !(s->ty->kind == TY_ARRAY))
            diag_error_at(id->loc, "storage size of '%s' isn't known", s->name);
        s->defined = true;
    }
}

static int static_counter;

void sema_local_decl(Node *decl, SymVec *locals, const char *func)
{
    Spec *spec = decl->spec;
    sema_spec_cached(spec);
    for (Node *id = decl->a; id; id = id->next) {
        Type *t = sema_vector_attrs(sema_decl_type(spec, id->decl, id->loc), id->d);
        id->c = sema_vla_take_pending(); /* VLA sizes: computed before this declarator */
        const char *name = id->decl->name;
        if (spec->storage == SC_TYPEDEF) {
            if (!typedef_redeclared(name, t, id->loc))
                bind(new_sym(SYM_TYPEDEF, name, t, id->loc));
            sema_check_attrs(id->d);
            sema_mark_transparent(id->d, t, id->loc);
            sema_mark_transparent(spec->attrs, t, id->loc);
            continue;
        }
        if (t->kind == TY_FUNC && spec->storage == SC_AUTO) {
            id->sym = sema_nested_forward(id, t); /* GNU: a nested function's */
            continue;
        }
        Entry *dup = find_in(scope->names, name);
        if (dup && spec->storage != SC_EXTERN)
            diag_error_at(id->loc, "redeclaration of '%s'", name);
        if (spec->thread_local && t->kind == TY_FUNC)
            diag_error_at(id->loc, "function '%s' declared '_Thread_local'", name);
        else if (spec->thread_local && spec->storage != SC_STATIC && spec->storage != SC_EXTERN)
            diag_error_at(id->loc, "function-scope '%s' implicitly auto and declared "
                                   "'_Thread_local'", name);
        if (t->kind == TY_FUNC || spec->storage == SC_EXTERN) {
            Sym *g = sema_lookup(name);
            if (!g || !g->global) {
                g = new_sym(t->kind == TY_FUNC ? SYM_FUNC : SYM_VAR, name, t, id->loc);
                g->global = true;
                g->storage = SC_EXTERN;
                g->asm_name = asm_symbol(name);
            }
            bind(g);
            id->sym = g;
            apply_decl_attrs(spec, id, g);
            continue;
        }
        Sym *s = new_sym(SYM_VAR, name, t, id->loc);
        s->storage = spec->storage;
        id->sym = s;
        bind(s);
        if (spec->storage == SC_STATIC) {
            s->global = true;
            s->asm_name = asm_symbol(arena_printf("%s$%s$%d", func, name, ++static_counter));
        }
        apply_decl_attrs(spec, id, s);
        if (spec->storage == SC_STATIC && t->vla)
            diag_error_at(id->loc, "storage size of '%s' isn't constant", name);
        if (spec->storage == SC_STATIC) {
            symvec_push(&sema_globals, s);
            if (id->b)
                check_init(s, id->b, true);
        } else {
            symvec_push(locals, s);
            if (id->b && t->vla)
                diag_error_at(id->loc, "variable-sized object '%s' may not be initialized", name);
            else if (id->b)
                s->init = sema_initializer(&s->ty, id->b, false);
            sema_objsize_init(s);
        }
        s->defined = true;
        if (!ty_is_complete(s->ty))
            diag_error_at(id->loc, "storage size of '%s' isn't known", name);
    }
}

void sema_static_assert(Node *n)
{
    Node *e = sema_expr(n->a);
    int64_t v;
    if (!sema_eval_const(e, &v)) {
        diag_error_at(n->a->loc, "expression in static assertion is not an integer constant");
        return;
    }
    if (!v) {
        struct buf b = {0};
        for (int i = 0; i < n->b->strlen - 1; i++) {
            char c = (char)n->b->str[i];
            buf_append(&b, &c, 1);
        }
        buf_append(&b, "", 1);
        diag_error_at(n->loc, "static assertion failed: \"%s\"", (char *)b.data);
        buf_free(&b);
    }
}

void sema_unit(Node *unit)
{
    sema_push_scope();
    for (Node *d = unit; d; d = d->next) {
        if (d->kind == ND_STATIC_ASSERT)
            sema_static_assert(d);
        else if (d->kind == ND_DECL)
            sema_global_decl(d);
        else if (d->kind == ND_FUNC_DEF)
            sema_function(d);
    }
    for (int i = 0; i < sema_globals.n; i++) {
        Sym *s = sema_globals.v[i];
        if (s->ty->kind == TY_ARRAY && s->ty->len < 0 && s->storage != SC_EXTERN) {
            s->ty = ty_array(s->ty->base, 1); /* tentative `int a[];` has one element */
        }
    }
    sema_pragma_weak();
    sema_pop_scope();
}

/* A function definition: its symbol, then the body in the parameter scope. */
Sym *sema_function_symbol(Node *fn, Type **ft)
{
    Spec *spec = fn->spec;
    Type *t = sema_decl_type(spec, fn->decl, fn->loc);
    *ft = t;
    if (t->kind != TY_FUNC) {
        diag_error_at(fn->loc, "expected a function declarator");
        return NULL;
    }
    /* K&R: `int f(a, b) char *b; {...}` gives the named parameters their types */
    for (Node *d = fn->a; d; d = d->next) {
        for (Node *id = d->a; id; id = id->next) {
            Param *p = t->params;
            while (p && (!p->name || strcmp(p->name, id->decl->name) != 0))
                p = p->next;
            if (!p) {
                diag_error_at(id->loc, "declaration for parameter '%s' but no such parameter",
                              id->decl->name);
                continue;
            }
            Type *pt = sema_decl_type(d->spec, id->decl, id->loc);
            p->ty = pt->kind == TY_ARRAY ? ty_ptr(pt->base) : pt->kind == TY_FUNC ? ty_ptr(pt) : pt;
        }
    }
    Node id = {0};
    id.decl = fn->decl;
    id.loc = fn->loc;
    Sym *s = declare_global(&id, spec, t);
    apply_decl_attrs(spec, &id, s);
    if (s->defined && s->kind == SYM_FUNC) {
        diag_error_at(fn->loc, "redefinition of '%s'", s->name);
    }
    s->defined = true;
    s->ty = t;
    return s;
}

/* Declares a parameter in the function's scope. */
Sym *sema_declare_param(Param *p, SymVec *locals)
{
    Sym *s = p->sym ? p->sym : new_sym(SYM_VAR, p->name, p->ty, p->loc);
    s->ty = p->ty;
    s->is_param = true;
    bind(s);
    symvec_push(locals, s);
    return s;
}

int sema_depth(void)
{
    return depth;
}
