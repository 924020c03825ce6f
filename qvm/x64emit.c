/* x64emit.c - the x86-64 emitter of x64emit.h: REX prefixes, ModRM/SIB encoding of
 * register and memory operands, immediates and patched jumps. */
#include "x64emit.h"

#include <string.h>

void x64_byte(struct x64 *e, uint8_t b)
{
    if (e->pos < e->cap)
        e->buf[e->pos++] = b;
    else
        e->full = true;
}

void x64_u32(struct x64 *e, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        x64_byte(e, (uint8_t)(v >> (8 * i)));
}

void x64_u64(struct x64 *e, uint64_t v)
{
    x64_u32(e, (uint32_t)v);
    x64_u32(e, (uint32_t)(v >> 32));
}

static void rex(struct x64 *e, bool w, int reg, int index, int base)
{
    unsigned r = 0x40u | (w ? 8u : 0u) | ((reg >> 3) & 1u) << 2 |
                 (index >= 0 ? ((index >> 3) & 1u) << 1 : 0u) | ((base >> 3) & 1u);
    if (r != 0x40u)
        x64_byte(e, (uint8_t)r);
}

/* Opcode bytes are given as a string: none of them is 0. */
static void opcode(struct x64 *e, const char *op)
{
    for (size_t i = 0; op[i]; i++)
        x64_byte(e, (uint8_t)op[i]);
}

void x64_op_mem(struct x64 *e, bool w, const char *op, int reg, struct x64_mem m)
{
    rex(e, w, reg, m.index, m.base);
    opcode(e, op);
    unsigned mod;
    /* [rbp]/[r13] with no displacement would mean rip-relative: use a zero disp8. */
    if (m.disp == 0 && (m.base & 7) != X_RBP)
        mod = 0;
    else if (m.disp >= -128 && m.disp <= 127)
        mod = 1;
    else
        mod = 2;
    bool sib = m.index >= 0 || (m.base & 7) == X_RSP;
    x64_byte(e, (uint8_t)(mod << 6 | (reg & 7u) << 3 | (sib ? 4u : (unsigned)(m.base & 7))));
    if (sib) {
        unsigned index = m.index >= 0 ? (unsigned)(m.index & 7) : 4u;
        x64_byte(e, (uint8_t)(m.scale << 6 | index << 3 | (unsigned)(m.base & 7)));
    }
    if (mod == 1)
        x64_byte(e, (uint8_t)(int8_t)m.disp);
    else if (mod == 2)
        x64_u32(e, (uint32_t)m.disp);
}

void x64_op_reg(struct x64 *e, bool w, const char *op, int reg, int rm)
{
    rex(e, w, reg, -1, rm);
    opcode(e, op);
    x64_byte(e, (uint8_t)(0xC0u | (reg & 7u) << 3 | (rm & 7u)));
}

void x64_mov_imm32(struct x64 *e, int reg, uint32_t v)
{
    rex(e, false, 0, -1, reg);
    x64_byte(e, (uint8_t)(0xB8 + (reg & 7)));
    x64_u32(e, v);
}

void x64_mov_imm64(struct x64 *e, int reg, uint64_t v)
{
    rex(e, true, 0, -1, reg);
    x64_byte(e, (uint8_t)(0xB8 + (reg & 7)));
    x64_u64(e, v);
}

void x64_alu_imm(struct x64 *e, unsigned ext, int rm, uint32_t v)
{
    if ((int32_t)v >= -128 && (int32_t)v <= 127) {
        x64_op_reg(e, false, "\x83", (int)ext, rm);
        x64_byte(e, (uint8_t)v);
    } else {
        x64_op_reg(e, false, "\x81", (int)ext, rm);
        x64_u32(e, v);
    }
}

void x64_push(struct x64 *e, int reg)
{
    rex(e, false, 0, -1, reg);
    x64_byte(e, (uint8_t)(0x50 + (reg & 7)));
}

void x64_pop(struct x64 *e, int reg)
{
    rex(e, false, 0, -1, reg);
    x64_byte(e, (uint8_t)(0x58 + (reg & 7)));
}

/* A zero displacement to be patched later (x64_patch32/8); returns where it is. */
static size_t rel32_placeholder(struct x64 *e)
{
    size_t at = e->pos;
    x64_u32(e, 0);
    return at;
}

static size_t rel8_placeholder(struct x64 *e)
{
    size_t at = e->pos;
    x64_byte(e, 0);
    return at;
}

size_t x64_jcc32(struct x64 *e, enum x64_cc cc)
{
    x64_byte(e, 0x0F);
    x64_byte(e, (uint8_t)(0x80 + cc));
    return rel32_placeholder(e);
}

size_t x64_jmp32(struct x64 *e)
{
    x64_byte(e, 0xE9);
    return rel32_placeholder(e);
}

size_t x64_jcc8(struct x64 *e, enum x64_cc cc)
{
    x64_byte(e, (uint8_t)(0x70 + cc));
    return rel8_placeholder(e);
}

size_t x64_jmp8(struct x64 *e)
{
    x64_byte(e, 0xEB);
    return rel8_placeholder(e);
}

void x64_patch32(struct x64 *e, size_t at, size_t to)
{
    if (at + 4 > e->cap || e->full)
        return;
    int32_t rel = (int32_t)((int64_t)to - (int64_t)(at + 4));
    memcpy(e->buf + at, &rel, 4);
}

void x64_patch8(struct x64 *e, size_t at, size_t to)
{
    if (at + 1 > e->cap || e->full)
        return;
    e->buf[at] = (uint8_t)(int8_t)((int64_t)to - (int64_t)(at + 1));
}
