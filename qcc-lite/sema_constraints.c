/* sema_constraints.c - C11 constraints on declarations that need nothing but the
 * declaration itself: storage classes on parameters (6.7.1p2/p4), restrict on a type
 * that is not a pointer (6.7.3p2), _Atomic on an array or function type (6.7.2.4p3)
 * or on a bit-field (gcc's reading of 6.7.2.1p5). Each check reports with
 * file:line:col and lets the declaration go on. */
#include "qcc.h"

static const char *storage_name(int sc)
{
    switch (sc) {
    case SC_TYPEDEF: return "typedef";
    case SC_EXTERN: return "extern";
    case SC_STATIC: return "static";
    case SC_AUTO: return "auto";
    default: return "register";
    }
}

/* A parameter may have no storage class but register, and no _Thread_local. */
void sema_check_param_spec(Spec *spec, const char *name, Loc loc)
{
    if (!spec)
        return;
    const char *what = spec->thread_local ? "_Thread_local"
                     : spec->storage != SC_NONE && spec->storage != SC_REGISTER
                     ? storage_name(spec->storage) : NULL;
    if (!what)
        return;
    if (name)
        diag_error_at(loc, "storage class '%s' specified for parameter '%s'", what, name);
    else
        diag_error_at(loc, "storage class '%s' specified for an unnamed parameter", what);
}

/* The type of a declaration's specifiers: restrict qualifies pointers only (an array
 * type carries it to its elements), _Atomic no array or function type (6.7.2.4p3). */
void sema_check_spec_type(Spec *spec, Type *t)
{
    if (spec->is_atomic && (t->kind == TY_ARRAY || t->kind == TY_FUNC))
        diag_error_at(spec->loc, "'_Atomic'-qualified %s type",
                      t->kind == TY_ARRAY ? "array" : "function");
    while (t->kind == TY_ARRAY) /* the elements carry the array's qualifiers */
        t = t->base;
    if ((t->quals & Q_RESTRICT) && t->kind != TY_PTR)
        diag_error_at(spec->loc, "invalid use of 'restrict' with type '%s'", ty_str(t));
}

/* A bit-field may not have an atomic type (gcc: "bit-field has atomic type"). */
void sema_check_bitfield_spec(Spec *spec, Node *d)
{
    if (spec->is_atomic)
        diag_error_at(d->loc, "bit-field '%s' has atomic type",
                      d->decl->name ? d->decl->name : "<anonymous>");
}
