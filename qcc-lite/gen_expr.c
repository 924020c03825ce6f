/* gen_expr.c - code generation for expressions: values in registers, lvalue
 * addresses, conditions as branches, calls with the docs/abi.md convention.
 * Struct and array values are represented by their address.
 */
#include <string.h>

#include "qcc.h"

static bool in_memory(Type *t)
{
    return ty_is_record(t) || t->kind == TY_ARRAY || t->kind == TY_FUNC || ty_is_ll(t) ||
           ty_is_complex(t) || ty_is_vector(t);
}

static int dest(Gen *g, int want)
{
    return want >= 0 ? want : temp_alloc(g);
}

/* Moves r into want (if given); returns the register holding the value. */
static int to_want(Gen *g, int r, int want)
{
    if (want < 0 || want == r)
        return r;
    emit(g, "mov r%d r%d", want, r);
    temp_free(g, r);
    return want;
}

static void float_const(Gen *g, int dst, double v)
{
    float f = (float)v;
    uint32_t bits;
    memcpy(&bits, &f, 4);
    emit(g, "constant r%d 0x%08X", dst, bits);
}

/* ---- addresses ---- */

static int var_addr(Gen *g, Sym *s)
{
    if (s->nested_def || (!s->global && s->owner && s->owner != g->fn))
        return gen_outer_addr(g, s); /* gen_nested.c */
    int t = temp_alloc(g);
    if (s->global || s->kind == SYM_FUNC)
        emit(g, "constant r%d %s", t, s->asm_name);
    else
        emit_frame_addr(g, t, s->offset);
    return t;
}

static void add_offset(Gen *g, int reg, int64_t off)
{
    if (off == 0)
        return;
    emit_const(g, REG_SCRATCH, off);
    emit(g, "add r%d r%d r%d", reg, reg, REG_SCRATCH);
}

static int owned(Gen *g, int r)
{
    if (is_temp(r))
        return r;
    int t = temp_alloc(g);
    emit(g, "mov r%d r%d", t, r);
    return t;
}

static int gen_compound_literal(Gen *g, Node *e)
{
    if (!e->sym->global)
        gen_local_init(g, e->sym);
    return var_addr(g, e->sym);
}

int gen_addr(Gen *g, Node *e)
{
    switch (e->kind) {
    case ND_VAR:
        return var_addr(g, e->sym);
    case ND_DEREF:
        return owned(g, gen_expr(g, e->a, -1));
    case ND_MEMBER: {
        int r = owned(g, sema_is_lvalue(e->a) ? gen_addr(g, e->a) : gen_expr(g, e->a, -1));
        add_offset(g, r, e->ival);
        if (e->c) { /* after VLA members: the run-time part of the offset */
            Held h = hold(g, r);
            int o = gen_expr(g, e->c, -1);
            r = unhold(g, h, -1);
            emit(g, "add r%d r%d r%d", r, r, o);
            temp_free(g, o);
        }
        return r;
    }
    case ND_STR: {
        int t = temp_alloc(g);
        emit(g, "constant r%d %s", t, sema_string_label(e));
        return t;
    }
    case ND_COMPOUND_LIT:
        return gen_compound_literal(g, e);
    default:
        /* struct values from calls, assignments, ?: are already addresses */
        return owned(g, gen_expr(g, e, -1));
    }
}

/* ---- loads and stores ---- */

static int load(Gen *g, int addr, int want)
{
    int d = want >= 0 ? want : addr;
    emit(g, "load r%d r%d", d, addr);
    if (d != addr)
        temp_free(g, addr);
    return d;
}

/* ---- bit-fields: a word at addr, bits [off, off + width) ---- */

static bool is_bitfield(Node *e)
{
    return e->kind == ND_MEMBER && e->bit_width;
}

static uint32_t bit_mask(int width)
{
    return width == 32 ? 0xFFFFFFFFu : (1u << width) - 1;
}

/* Loads bit-field e from the word at addr into d (d may be addr). */
static int bitfield_extract(Gen *g, int addr, Node *e, int d)
{
    int w = e->bit_width, off = e->bit_offset;
    if (gen_bitfield_is_wide(off, w, ty_is_ll(e->ty)))
        return gen_bitfield_wide_load(g, addr, off, w, e->bit_signed, ty_is_ll(e->ty), d);
    emit(g, "load r%d r%d", d, addr);
    if (e->bit_signed && w < 32) {
        emit_const(g, REG_SCRATCH, 32 - off - w);
        emit(g, "shl r%d r%d r%d", d, d, REG_SCRATCH);
        emit_const(g, REG_SCRATCH, 32 - w);
        emit(g, "sar r%d r%d r%d", d, d, REG_SCRATCH);
    } else {
        if (off) {
            emit_const(g, REG_SCRATCH, off);
            emit(g, "shr r%d r%d r%d", d, d, REG_SCRATCH);
        }
        if (w < 32) {
            emit_const(g, REG_SCRATCH, bit_mask(w));
            emit(g, "and r%d r%d r%d", d, d, REG_SCRATCH);
        }
    }
    return d;
}

/* Stores the low bits of v into bit-field e of the word at addr. */
static void bitfield_store_word(Gen *g, int addr, int v, Node *e)
{
    uint32_t mask = bit_mask(e->bit_width);
    int word = temp_alloc(g), t = temp_alloc(g);
    emit(g, "load r%d r%d", word, addr);
    emit_const(g, REG_SCRATCH, ~(mask << e->bit_offset));
    emit(g, "and r%d r%d r%d", word, word, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, mask);
    emit(g, "and r%d r%d r%d", t, v, REG_SCRATCH);
    if (e->bit_offset) {
        emit_const(g, REG_SCRATCH, e->bit_offset);
        emit(g, "shl r%d r%d r%d", t, t, REG_SCRATCH);
    }
    emit(g, "or r%d r%d r%d", word, word, t);
    emit(g, "store r%d r%d", addr, word);
    temp_free(g, word);
    temp_free(g, t);
}

static void bitfield_store(Gen *g, int addr, int v, Node *e)
{
    if (gen_bitfield_is_wide(e->bit_offset, e->bit_width, ty_is_ll(e->ty)))
        gen_bitfield_wide_store(g, addr, e->bit_offset, e->bit_width, v, ty_is_ll(e->ty));
    else
        bitfield_store_word(g, addr, v, e);
}

/* For initializers: item carries bit_offset/bit_width like a member expression. */
void gen_bitfield_store(Gen *g, int addr, int v, Node *item)
{
    if (gen_bitfield_is_wide(item->bit_offset, item->bit_width, ty_is_ll(item->a->ty)))
        gen_bitfield_wide_store(g, addr, item->bit_offset, item->bit_width, v,
                                ty_is_ll(item->a->ty));
    else
        bitfield_store_word(g, addr, v, item);
}

static int gen_var(Gen *g, Node *e, int want)
{
    Sym *s = e->sym;
    if (s->reg >= 0)
        return to_want(g, s->reg, want);
    int a = var_addr(g, s);
    if (in_memory(s->ty))
        return to_want(g, a, want);
    return load(g, a, want);
}

/* Stores value v into lvalue e; returns the register holding v afterwards. */
static int store_to(Gen *g, Node *lv, int v)
{
    if (lv->kind == ND_VAR && lv->sym->reg >= 0) {
        if (lv->sym->reg != v)
            emit(g, "mov r%d r%d", lv->sym->reg, v);
        return v;
    }
    Held h = hold(g, v);
    int a = gen_addr(g, lv);
    v = unhold(g, h, -1);
    if (is_bitfield(lv))
        bitfield_store(g, a, v, lv);
    else
        emit(g, "store r%d r%d", a, v);
    temp_free(g, a);
    return v;
}

/* ---- conversions ---- */

static int gen_bool_of(Gen *g, int r, Type *from, int d)
{
    emit_const(g, REG_SCRATCH, 0);
    if (ty_is_float(from)) {
        emit(g, "feq r%d r%d r%d", d, r, REG_SCRATCH);
        emit_const(g, REG_SCRATCH, 1);
        emit(g, "sub r%d r%d r%d", d, REG_SCRATCH, d);
    } else {
        emit(g, "neq r%d r%d r%d", d, r, REG_SCRATCH);
    }
    return d;
}

/* Conversions to or from long long of the value in r (freed); returns the result. */
static int convert_ll(Gen *g, int r, Type *from, Type *to)
{
    int d;
    if (ty_is_ll(to) && ty_is_ll(from))
        return r;
    if (ty_is_ll(to)) {
        d = ty_is_float(from) ? ll_from_float(g, r, ty_is_signed(to))
                              : ll_from_int(g, r, ty_is_signed(from));
    } else {
        d = temp_alloc(g);
        if (to->kind == TY_BOOL)
            ll_truth(g, r, d);
        else if (ty_is_float(to))
            ll_to_float(g, r, ty_is_signed(from), d);
        else
            ll_low(g, r, d);
    }
    temp_free(g, r);
    return d;
}

static int gen_conv(Gen *g, Node *e, int want)
{
    Type *to = e->ty, *from = e->a->ty;
    if (to->kind == TY_VOID) {
        gen_effect(g, e->a);
        return -1;
    }
    int r = gen_expr(g, e->a, -1);
    int d;
    if (ty_is_ll(to) || ty_is_ll(from))
        return to_want(g, convert_ll(g, r, from, to), want);
    if (to->kind == TY_BOOL && from->kind != TY_BOOL) {
        d = dest(g, want);
        gen_bool_of(g, r, from, d);
    } else if (ty_is_float(to) && ty_is_integer(from)) {
        d = dest(g, want);
        emit(g, "%s r%d r%d", ty_is_signed(from) ? "itof" : "utof", d, r);
    } else if (ty_is_integer(to) && ty_is_float(from)) {
        d = dest(g, want);
        emit(g, "ftoi r%d r%d", d, r);
    } else {
        return to_want(g, r, want);
    }
    if (r != d)
        temp_free(g, r);
    return d;
}

/* ---- operators ---- */

static const char *arith_op(int op, Type *t)
{
    bool f = ty_is_float(t), s = ty_is_signed(t);
    switch (op) {
    case '+': return f ? "fadd" : "add";
    case '-': return f ? "fsub" : "sub";
    case '*': return f ? "fmul" : "mul";
    case '/': return f ? "fdiv" : s ? "sdiv" : "div";
    case '%': return s ? "smod" : "mod";
    case '&': return "and";
    case '|': return "or";
    case OP_SHL: return "shl";
    case OP_SHR: return s ? "sar" : "shr";
    default: return NULL;
    }
}

/* d = a op b for an arithmetic operator in type t (a, b, d registers). */
static void emit_arith(Gen *g, int op, Type *t, int d, int a, int b)
{
    if (op == '^') {
        /* no xor instruction: (a | b) & ~(a & b), d written last */
        emit(g, "and r%d r%d r%d", REG_SCRATCH, a, b);
        emit(g, "not r%d r%d", REG_SCRATCH, REG_SCRATCH);
        emit(g, "or r%d r%d r%d", d, a, b);
        emit(g, "and r%d r%d r%d", d, d, REG_SCRATCH);
        return;
    }
    emit(g, "%s r%d r%d r%d", arith_op(op, t), d, a, b);
}

/* Comparison: the instruction and whether its result must be inverted. */
static const char *compare_op(int op, Type *t, bool *invert, bool *swap)
{
    bool f = ty_is_float(t), s = ty_is_signed(t);
    *invert = false;
    *swap = false;
    switch (op) {
    case OP_EQ: return f ? "feq" : "eq";
    case OP_NE: if (f) { *invert = true; return "feq"; } return "neq";
    case '<': return f ? "flt" : s ? "slt" : "lt";
    case '>': return f ? "fgt" : s ? "sgt" : "gt";
    case OP_LE:
        if (f) { *swap = true; return NULL; }
        *invert = true;
        return s ? "sgt" : "gt";
    default: /* OP_GE */
        if (f) { *swap = true; return NULL; }
        *invert = true;
        return s ? "slt" : "lt";
    }
}

/* The right operand of a one-instruction operation: a constant goes into the scratch
 * register r9 (used by that instruction only, so loops can hoist it, gen_opt.c). */
static int right_operand(Gen *g, Node *e)
{
    if (ty_is_ll(e->ty)) {
        int a = gen_expr(g, e, -1);
        int d = temp_alloc(g);
        ll_low(g, a, d);
        temp_free(g, a);
        return d;
    }
    if (e->is_const) {
        emit_const(g, REG_SCRATCH, e->ival);
        return REG_SCRATCH;
    }
    return gen_expr(g, e, -1);
}

/* Computes a comparison into a register (want if >= 0), returned; *inverted tells
 * whether it holds the inverted truth value. */
static int emit_compare(Gen *g, Node *e, int want, bool *inverted)
{
    Type *t = e->a->ty;
    bool invert, fle;
    const char *op = compare_op(e->op, t, &invert, &fle);
    Held h = hold(g, gen_expr(g, e->a, -1));
    int b = fle ? gen_expr(g, e->b, -1) : right_operand(g, e->b);
    int a = unhold(g, h, -1);
    int t1 = -1;
    if (fle) {
        /* float <= and >=: (a < b) | (a == b), false when unordered */
        t1 = temp_alloc(g);
        emit(g, "%s r%d r%d r%d", e->op == OP_LE ? "flt" : "fgt", t1, a, b);
        emit(g, "feq r%d r%d r%d", REG_SCRATCH, a, b);
    }
    temp_free(g, a);
    temp_free(g, b);
    int d = dest(g, want);
    if (fle) {
        emit(g, "or r%d r%d r%d", d, t1, REG_SCRATCH);
        temp_free(g, t1);
    } else {
        emit(g, "%s r%d r%d r%d", op, d, a, b);
    }
    *inverted = invert;
    return d;
}

static bool is_compare(Node *e)
{
    return e->kind == ND_BINARY && (e->op == '<' || e->op == '>' || e->op == OP_LE ||
                                    e->op == OP_GE || e->op == OP_EQ || e->op == OP_NE);
}

static bool is_global_address(Node *e)
{
    return (e->kind == ND_DECAY || e->kind == ND_ADDR) && e->a->kind == ND_VAR &&
           (e->a->sym->global || e->a->sym->kind == SYM_FUNC);
}

static int gen_binary_ll(Gen *g, Node *e, int want)
{
    if (is_compare(e)) {
        Held h = hold(g, gen_expr(g, e->a, -1));
        int b = gen_expr(g, e->b, -1);
        int a = unhold(g, h, -1);
        int d = dest(g, want);
        ll_compare(g, e->op, ty_is_signed(e->a->ty), a, b, d);
        temp_free(g, a);
        temp_free(g, b);
        return d;
    }
    Held h = hold(g, gen_expr(g, e->a, -1));
    bool shift = e->op == OP_SHL || e->op == OP_SHR;
    int b = shift ? right_operand(g, e->b) : gen_expr(g, e->b, -1);
    int a = unhold(g, h, -1);
    int r = ll_binop(g, e->op, ty_is_signed(e->ty), a, b, shift);
    temp_free(g, a);
    temp_free(g, b);
    return to_want(g, r, want);
}

static int gen_binary(Gen *g, Node *e, int want)
{
    if (ty_is_ll(e->ty) || (is_compare(e) && ty_is_ll(e->a->ty)))
        return gen_binary_ll(g, e, want);
    if (is_compare(e)) {
        bool inverted;
        int d = emit_compare(g, e, want, &inverted);
        if (inverted) {
            emit_const(g, REG_SCRATCH, 1);
            emit(g, "sub r%d r%d r%d", d, REG_SCRATCH, d);
        }
        return d;
    }
    if (e->op == '+' && is_global_address(e->a)) {
        /* &global + i: the address constant goes into r9, like a constant operand */
        int i = gen_expr(g, e->b, -1);
        emit(g, "constant r%d %s", REG_SCRATCH, e->a->a->sym->asm_name);
        temp_free(g, i);
        int d = dest(g, want);
        emit(g, "add r%d r%d r%d", d, i, REG_SCRATCH);
        return d;
    }
    Held h = hold(g, gen_expr(g, e->a, -1));
    int b = e->op == '^' ? gen_expr(g, e->b, -1) : right_operand(g, e->b);
    int a = unhold(g, h, -1);
    temp_free(g, a);
    temp_free(g, b);
    int d = dest(g, want);
    emit_arith(g, e->op, e->ty, d, a, b);
    return d;
}

static int gen_unary(Gen *g, Node *e, int want)
{
    int a = gen_expr(g, e->a, -1);
    if (ty_is_ll(e->a->ty)) {
        if (e->kind != ND_NOT) {
            int r = ll_unary(g, e->kind, a);
            temp_free(g, a);
            return to_want(g, r, want);
        }
        int d = dest(g, want);
        ll_truth(g, a, d);
        temp_free(g, a);
        emit_const(g, REG_SCRATCH, 1);
        emit(g, "sub r%d r%d r%d", d, REG_SCRATCH, d);
        return d;
    }
    if (e->kind == ND_NEG && ty_is_float(e->ty)) {
        /* flip the sign bit: (a | s) & ~(a & s); d is written last */
        int t = temp_alloc(g);
        emit_const(g, REG_SCRATCH, 0x80000000u);
        emit(g, "and r%d r%d r%d", t, a, REG_SCRATCH);
        emit(g, "not r%d r%d", t, t);
        emit(g, "or r%d r%d r%d", REG_SCRATCH, a, REG_SCRATCH);
        temp_free(g, t);
        temp_free(g, a);
        int d = dest(g, want);
        emit(g, "and r%d r%d r%d", d, REG_SCRATCH, t);
        return d;
    }
    temp_free(g, a);
    int d = dest(g, want);
    switch (e->kind) {
    case ND_BITNOT:
        emit(g, "not r%d r%d", d, a);
        break;
    case ND_NEG:
        emit_const(g, REG_SCRATCH, 0);
        emit(g, "sub r%d r%d r%d", d, REG_SCRATCH, a);
        break;
    default: /* ND_NOT */
        emit_const(g, REG_SCRATCH, 0);
        emit(g, "%s r%d r%d r%d", ty_is_float(e->a->ty) ? "feq" : "eq", d, a, REG_SCRATCH);
        break;
    }
    return d;
}

static int gen_logical(Gen *g, Node *e, int want)
{
    int lfalse = new_label(g), lend = new_label(g);
    gen_branch(g, e, lfalse, false);
    int d = dest(g, want);
    emit_const(g, d, 1);
    emit_jump(g, lend);
    emit_label(g, lfalse);
    emit_const(g, d, 0);
    emit_label(g, lend);
    return d;
}

static int gen_cond(Gen *g, Node *e, int want)
{
    int lelse = new_label(g), lend = new_label(g);
    gen_branch(g, e->a, lelse, false);
    if (e->ty->kind == TY_VOID) {
        gen_effect(g, e->b);
        emit_jump(g, lend);
        emit_label(g, lelse);
        gen_effect(g, e->c);
        emit_label(g, lend);
        return -1;
    }
    if (want < 0 && pressure_high(g)) {
        /* both arms leave the value in a frame slot */
        int slot = hold_slot_push(g);
        int r = gen_expr(g, e->b, -1);
        emit_slot_store(g, slot, r);
        temp_free(g, r);
        emit_jump(g, lend);
        emit_label(g, lelse);
        r = gen_expr(g, e->c, -1);
        emit_slot_store(g, slot, r);
        temp_free(g, r);
        emit_label(g, lend);
        int d = temp_alloc(g);
        emit_slot_load(g, d, slot);
        hold_slot_pop(g);
        return d;
    }
    int d = dest(g, want);
    gen_expr(g, e->b, d);
    emit_jump(g, lend);
    emit_label(g, lelse);
    gen_expr(g, e->c, d);
    emit_label(g, lend);
    return d;
}

/* ---- assignment ---- */

static int gen_assign(Gen *g, Node *e, int want)
{
    Node *lv = e->a;
    if (ty_is_record(lv->ty) || ty_is_ll(lv->ty) || ty_is_complex(lv->ty) ||
        ty_is_vector(lv->ty)) {
        Held h = hold(g, gen_expr(g, e->b, -1));
        int dst = gen_addr(g, lv);
        int src = unhold(g, h, -1);
        if (is_bitfield(lv)) { /* the value is what the bit-field now holds */
            bitfield_store(g, dst, src, lv);
            temp_free(g, src);
            return to_want(g, bitfield_extract(g, dst, lv, dst), want);
        }
        if (e->c) /* a struct with VLA members: its run-time size */
            gen_copy_words(g, dst, src, e->c);
        else
            emit_copy(g, dst, src, ty_size(lv->ty));
        temp_free(g, src);
        return to_want(g, dst, want);
    }
    if (lv->kind == ND_VAR && lv->sym->reg >= 0) {
        int r = gen_expr(g, e->b, lv->sym->reg);
        return want >= 0 ? to_want(g, r, want) : r;
    }
    int v = gen_expr(g, e->b, -1);
    if (is_bitfield(lv)) {
        /* the value is what the bit-field now holds */
        Held h = hold(g, v);
        int a = gen_addr(g, lv);
        v = unhold(g, h, -1);
        bitfield_store(g, a, v, lv);
        temp_free(g, v);
        return to_want(g, bitfield_extract(g, a, lv, a), want);
    }
    v = store_to(g, lv, v);
    return to_want(g, v, want);
}

/* Converts register r (type from) into type to, in place when possible. */
static int convert_reg(Gen *g, int r, Type *from, Type *to)
{
    if (ty_is_float(from) == ty_is_float(to) && to->kind != TY_BOOL)
        return r;
    int d = is_temp(r) ? r : temp_alloc(g);
    if (to->kind == TY_BOOL)
        return gen_bool_of(g, r, from, d);
    if (ty_is_float(to))
        emit(g, "%s r%d r%d", ty_is_signed(from) ? "itof" : "utof", d, r);
    else
        emit(g, "ftoi r%d r%d", d, r);
    return d;
}

/* ---- compound assignment ---- */

/* A one-word lvalue opened for read-modify-write: a register local (addr -1), a
 * bit-field or a plain word at addr. */
typedef struct Access {
    Node *lv;
    int addr;
} Access;

static Access access_open(Gen *g, Node *lv)
{
    Access a = {lv, -1};
    if (!(lv->kind == ND_VAR && lv->sym->reg >= 0))
        a.addr = gen_addr(g, lv);
    return a;
}

/* The lvalue's current value in a fresh temporary. */
static int access_load(Gen *g, Access *a)
{
    int d = temp_alloc(g);
    if (a->addr < 0)
        emit(g, "mov r%d r%d", d, a->lv->sym->reg);
    else if (is_bitfield(a->lv))
        bitfield_extract(g, a->addr, a->lv, d);
    else
        emit(g, "load r%d r%d", d, a->addr);
    return d;
}

/* Stores v (a temporary); returns the register holding the stored value (a bit-field
 * reads back what it now holds). Closes the access. */
static int access_store(Gen *g, Access *a, int v)
{
    if (a->addr < 0) {
        emit(g, "mov r%d r%d", a->lv->sym->reg, v);
    } else if (is_bitfield(a->lv)) {
        bitfield_store(g, a->addr, v, a->lv);
        bitfield_extract(g, a->addr, a->lv, v);
    } else {
        emit(g, "store r%d r%d", a->addr, v);
    }
    if (a->addr >= 0)
        temp_free(g, a->addr);
    return v;
}

/* The right operand of a one-word operation: a long long one (a shift count, a
 * pointer step) contributes its low word. */
static int word_operand(Gen *g, Node *e)
{
    int b = gen_expr(g, e, -1);
    if (!ty_is_ll(e->ty))
        return b;
    int w = temp_alloc(g);
    ll_low(g, b, w);
    temp_free(g, b);
    return w;
}

/* A long long lvalue as memory: its address, or for a bit-field the address of a fresh
 * slot holding its value (*field is then the field's address, else -1). */
static int ll_lvalue_open(Gen *g, Node *lv, int *field)
{
    int addr = gen_addr(g, lv);
    *field = -1;
    if (!is_bitfield(lv))
        return addr;
    *field = addr;
    return bitfield_extract(g, addr, lv, temp_alloc(g));
}

/* Writes the slot at addr back to the bit-field at field; addr then holds the address
 * of what the bit-field now holds. */
static int ll_lvalue_close(Gen *g, Node *lv, int field, int addr)
{
    bitfield_store(g, field, addr, lv);
    bitfield_extract(g, field, lv, addr);
    temp_free(g, field);
    return addr;
}

/* x op= b where the lvalue x is long long: through memory values */
static int gen_opassign_llvalue(Gen *g, Node *e, int want)
{
    Node *lv = e->a;
    Type *t = ty_unqual(lv->ty), *ot = e->opty;
    bool shift = e->op == OP_SHL || e->op == OP_SHR;
    Held h = hold(g, shift || !ty_is_ll(ot) ? word_operand(g, e->b) : gen_expr(g, e->b, -1));
    int field;
    int addr = ll_lvalue_open(g, lv, &field);
    int b = unhold(g, h, -1);
    int old = temp_alloc(g); /* a copy of the address: the conversions free it */
    emit(g, "mov r%d r%d", old, addr);
    int r;
    if (ty_is_ll(ot)) {
        r = ll_binop(g, e->op, ty_is_signed(ot), old, b, shift);
        temp_free(g, old);
    } else {
        /* a one-word operation on a long long lvalue: float */
        int f = convert_ll(g, old, t, ot);
        emit_arith(g, e->op, ot, f, f, b);
        r = convert_ll(g, f, ot, t);
    }
    temp_free(g, b);
    ll_copy(g, addr, r);
    if (field >= 0) {
        temp_free(g, r);
        return to_want(g, ll_lvalue_close(g, lv, field, addr), want);
    }
    temp_free(g, addr);
    return to_want(g, r, want);
}

/* x op= b where x is one word and the operation long long */
static int gen_opassign_llop(Gen *g, Node *e, int want)
{
    Node *lv = e->a;
    Type *t = ty_unqual(lv->ty), *ot = e->opty;
    Held h = hold(g, gen_expr(g, e->b, -1));
    Access acc = access_open(g, lv);
    int b = unhold(g, h, -1);
    int x = convert_ll(g, access_load(g, &acc), t, ot);
    int r = ll_binop(g, e->op, ty_is_signed(ot), x, b, false);
    temp_free(g, x);
    temp_free(g, b);
    int y = convert_ll(g, r, ot, t);
    y = access_store(g, &acc, y);
    return to_want(g, y, want);
}

static int gen_opassign(Gen *g, Node *e, int want)
{
    Node *lv = e->a;
    Type *t = lv->ty, *ot = e->opty;
    if (ty_is_ll(t))
        return gen_opassign_llvalue(g, e, want);
    if (ty_is_ll(ot))
        return gen_opassign_llop(g, e, want);
    int b = word_operand(g, e->b);
    if (lv->kind == ND_VAR && lv->sym->reg >= 0) {
        int v = lv->sym->reg;
        if (ot == t || (ty_is_float(ot) == ty_is_float(t) && t->kind != TY_BOOL)) {
            emit_arith(g, e->op, ot, v, v, b);
        } else {
            int x = convert_reg(g, v, t, ot);
            emit_arith(g, e->op, ot, x, x, b);
            int y = convert_reg(g, x, ot, t);
            emit(g, "mov r%d r%d", v, y);
            temp_free(g, y);
            if (x != y)
                temp_free(g, x);
        }
        temp_free(g, b);
        return want >= 0 ? to_want(g, v, want) : v;
    }
    Held h = hold(g, b);
    Access acc = access_open(g, lv);
    b = unhold(g, h, -1);
    int old = access_load(g, &acc);
    int x = convert_reg(g, old, t, ot);
    emit_arith(g, e->op, ot, x, x, b);
    int y = convert_reg(g, x, ot, t);
    y = access_store(g, &acc, y);
    temp_free(g, b);
    if (y != x)
        temp_free(g, x);
    if (x != old)
        temp_free(g, old);
    return to_want(g, y, want);
}

static void emit_step(Gen *g, Node *e, int d, int v, bool inc)
{
    if (ty_is_float(e->ty)) {
        float_const(g, REG_SCRATCH, 1.0);
        emit(g, "%s r%d r%d r%d", inc ? "fadd" : "fsub", d, v, REG_SCRATCH);
    } else if (e->ty->kind == TY_BOOL) {
        if (inc) {
            emit_const(g, d, 1); /* ++ on _Bool sets it */
        } else { /* -- flips it: 0 - 1 converts to 1, 1 - 1 is 0 */
            emit_const(g, REG_SCRATCH, 0);
            emit(g, "eq r%d r%d r%d", d, v, REG_SCRATCH);
        }
    } else {
        emit_const(g, REG_SCRATCH, e->b->ival);
        emit(g, "%s r%d r%d r%d", inc ? "add" : "sub", d, v, REG_SCRATCH);
    }
}

static int gen_incdec(Gen *g, Node *e, int want, bool value_used)
{
    bool inc = e->kind == ND_PREINC || e->kind == ND_POSTINC;
    bool post = e->kind == ND_POSTINC || e->kind == ND_POSTDEC;
    Node *lv = e->a;
    if (ty_is_ll(lv->ty)) {
        int field;
        int addr = ll_lvalue_open(g, lv, &field);
        int old = -1;
        if (post && value_used) {
            old = ll_slot(g);
            ll_copy(g, old, addr);
        }
        ll_step(g, addr, e->b->ival, inc);
        if (field >= 0)
            addr = ll_lvalue_close(g, lv, field, addr);
        if (!value_used) {
            temp_free(g, addr);
            return -1;
        }
        if (post) {
            temp_free(g, addr);
            return to_want(g, old, want);
        }
        return to_want(g, addr, want);
    }
    if (lv->kind == ND_VAR && lv->sym->reg >= 0) {
        int v = lv->sym->reg;
        int old = -1;
        if (post && value_used) {
            old = dest(g, want);
            emit(g, "mov r%d r%d", old, v);
        }
        emit_step(g, e, v, v, inc);
        if (!value_used)
            return -1;
        return post ? old : to_want(g, v, want);
    }
    int a = gen_addr(g, lv);
    int old = temp_alloc(g);
    if (is_bitfield(lv))
        bitfield_extract(g, a, lv, old);
    else
        emit(g, "load r%d r%d", old, a);
    int nv = temp_alloc(g);
    emit_step(g, e, nv, old, inc);
    if (is_bitfield(lv)) {
        bitfield_store(g, a, nv, lv);
        bitfield_extract(g, a, lv, nv);
    } else {
        emit(g, "store r%d r%d", a, nv);
    }
    temp_free(g, a);
    if (!value_used) {
        temp_free(g, old);
        temp_free(g, nv);
        return -1;
    }
    temp_free(g, post ? nv : old);
    return to_want(g, post ? old : nv, want);
}

/* exported for gen_call.c */
int gen_dest(Gen *g, int want) { return dest(g, want); }
int gen_to_want(Gen *g, int r, int want) { return to_want(g, r, want); }
void gen_store_to(Gen *g, Node *lv, int v) { temp_free(g, store_to(g, lv, v)); }

int gen_expr(Gen *g, Node *e, int want)
{
    if (e->is_const && ty_is_ll(e->ty))
        return to_want(g, ll_const(g, e->ival), want);
    if (e->is_const) {
        int d = dest(g, want);
        emit_const(g, d, e->ival);
        return d;
    }
    switch (e->kind) {
    case ND_FNUM: {
        int d = dest(g, want);
        float_const(g, d, e->fval);
        return d;
    }
    case ND_VAR: return gen_var(g, e, want);
    case ND_STR: case ND_COMPOUND_LIT: return to_want(g, gen_addr(g, e), want);
    case ND_DECAY: return to_want(g, gen_addr(g, e->a), want);
    case ND_ADDR: return to_want(g, gen_addr(g, e->a), want);
    case ND_DEREF: case ND_MEMBER: {
        int a = gen_addr(g, e);
        if (is_bitfield(e)) {
            int d = want >= 0 ? want : a;
            bitfield_extract(g, a, e, d);
            if (d != a)
                temp_free(g, a);
            return d;
        }
        if (in_memory(e->ty))
            return to_want(g, a, want);
        return load(g, a, want);
    }
    case ND_CONV: return gen_conv(g, e, want);
    case ND_BINARY: return gen_binary(g, e, want);
    case ND_NEG: case ND_BITNOT: case ND_NOT: return gen_unary(g, e, want);
    case ND_LOGAND: case ND_LOGOR: return gen_logical(g, e, want);
    case ND_COND: return gen_cond(g, e, want);
    case ND_ASSIGN: return gen_assign(g, e, want);
    case ND_OPASSIGN: return gen_opassign(g, e, want);
    case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
        return gen_incdec(g, e, want, true);
    case ND_CALL: return gen_call(g, e, want);
    case ND_COMMA:
        gen_effect(g, e->a);
        return gen_expr(g, e->b, want);
    case ND_VA_START: return gen_va_start(g, e);
    default:
        return gen_ext_expr(g, e, want); /* gen_ext.c */
    }
}

void gen_effect(Gen *g, Node *e)
{
    switch (e->kind) {
    case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
        gen_incdec(g, e, -1, false);
        return;
    case ND_CONV:
        if (e->ty->kind == TY_VOID) {
            gen_effect(g, e->a);
            return;
        }
        break;
    case ND_COMMA:
        gen_effect(g, e->a);
        gen_effect(g, e->b);
        return;
    case ND_ASSIGN:
        if (e->a->kind == ND_VAR && e->a->sym->reg >= 0) {
            gen_expr(g, e->b, e->a->sym->reg);
            return;
        }
        break;
    default:
        break;
    }
    int r = gen_expr(g, e, -1);
    if (r >= 0)
        temp_free(g, r);
}

void gen_branch(Gen *g, Node *e, int label, bool if_true)
{
    if (e->is_const) {
        if ((e->ival != 0) == if_true)
            emit_jump(g, label);
        return;
    }
    switch (e->kind) {
    case ND_NOT:
        gen_branch(g, e->a, label, !if_true);
        return;
    case ND_LOGAND: case ND_LOGOR: {
        bool is_and = e->kind == ND_LOGAND;
        if (is_and != if_true) {
            /* and/false or or/true: either operand decides */
            gen_branch(g, e->a, label, if_true);
            gen_branch(g, e->b, label, if_true);
        } else {
            int skip = new_label(g);
            gen_branch(g, e->a, skip, !if_true);
            gen_branch(g, e->b, label, if_true);
            emit_label(g, skip);
        }
        return;
    }
    default:
        break;
    }
    if (is_compare(e) && !ty_is_ll(e->a->ty)) {
        bool inv;
        int t = emit_compare(g, e, -1, &inv);
        emit_branch(g, t, label, if_true != inv);
        temp_free(g, t);
        return;
    }
    int r = gen_expr(g, e, -1);
    if (ty_is_float(e->ty)) {
        int t = temp_alloc(g);
        gen_bool_of(g, r, e->ty, t);
        temp_free(g, r);
        r = t;
    } else if (ty_is_ll(e->ty)) {
        int t = temp_alloc(g);
        ll_truth(g, r, t);
        temp_free(g, r);
        r = t;
    }
    emit_branch(g, r, label, if_true);
    temp_free(g, r);
}
