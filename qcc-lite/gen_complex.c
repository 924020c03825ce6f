/* gen_complex.c - code generation for complex values. sema_complex.c lowers every
 * complex operation to operations on the parts, so what is left here is the value
 * itself: like a long long, a complex value is the address of its words in memory,
 * the real part first (docs/abi.md), and a two-word one travels as long long does.
 */
#include "qcc.h"

/* Passed, returned and copied as two words: long long and the one-word complexes. */
bool ty_two_words(Type *t)
{
    return ty_is_ll(t) || (ty_is_complex(t) && ty_size(t) == 2);
}

/* Structs, GNU vectors and the complex long long types (four words): passed by
 * reference to a copy, returned through a result area (docs/abi.md). */
bool ty_by_reference(Type *t)
{
    return ty_is_record(t) || ty_is_vector(t) || (ty_is_complex(t) && ty_size(t) > 2);
}

/* ND_COMPLEX_MAKE: both parts, in order, into a fresh frame slot. */
int gen_complex_make(Gen *g, Node *e, int want)
{
    if (ty_is_ll(e->a->ty)) { /* the parts are addresses of two words each */
        Held h = hold(g, gen_expr(g, e->a, -1));
        int im = gen_expr(g, e->b, -1);
        int re = unhold(g, h, -1);
        int s = temp_alloc(g);
        emit_frame_addr(g, s, frame_alloc(g, 4));
        emit_copy(g, s, re, 2);
        emit_const(g, REG_SCRATCH, 2);
        emit(g, "add r%d r%d r%d", re, s, REG_SCRATCH);
        emit_copy(g, re, im, 2);
        temp_free(g, re);
        temp_free(g, im);
        return gen_to_want(g, s, want);
    }
    Held h = hold(g, gen_expr(g, e->a, -1));
    int im = gen_expr(g, e->b, -1);
    int re = unhold(g, h, -1);
    return gen_to_want(g, ll_store_new(g, re, im), want);
}
