/* x64emit.h - a small x86-64 machine-code emitter for the JIT (jit.c): instructions
 * with a register and a memory operand [base + index*scale + disp] or a second
 * register, immediates, and forward jumps patched once their target is known. It
 * writes bytes into a buffer and knows nothing about the QPU. */
#ifndef QVM_X64EMIT_H
#define QVM_X64EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum x64_reg {
    X_RAX, X_RCX, X_RDX, X_RBX, X_RSP, X_RBP, X_RSI, X_RDI,
    X_R8, X_R9, X_R10, X_R11, X_R12, X_R13, X_R14, X_R15,
    X_NONE = -1
};

/* Condition codes (the low nibble of Jcc/SETcc). */
enum x64_cc {
    CC_B = 0x2, CC_AE = 0x3, CC_E = 0x4, CC_NE = 0x5, CC_A = 0x7,
    CC_L = 0xC, CC_G = 0xF
};

struct x64 {
    uint8_t *buf;  /* the whole buffer */
    size_t pos;    /* next byte */
    size_t cap;    /* bytes available */
    bool full;     /* a write did not fit (the bytes are dropped) */
};

/* The memory operand [base + index*(1<<scale) + disp]; index X_NONE for none. */
struct x64_mem {
    int base, index;
    unsigned scale;
    int32_t disp;
};

static inline struct x64_mem x64_at(int base, int32_t disp)
{
    return (struct x64_mem){base, X_NONE, 0, disp};
}
static inline struct x64_mem x64_at_index(int base, int index, unsigned scale)
{
    return (struct x64_mem){base, index, scale, 0};
}

void x64_byte(struct x64 *e, uint8_t b);
void x64_u32(struct x64 *e, uint32_t v);
void x64_u64(struct x64 *e, uint64_t v);

/* Opcode bytes `op` (1-3) with ModRM reg = `reg` (a register or an opcode extension)
 * and rm = memory operand m; w: 64-bit operand size (REX.W). */
void x64_op_mem(struct x64 *e, bool w, const char *op, int reg, struct x64_mem m);
/* The same with rm = register `rm`. */
void x64_op_reg(struct x64 *e, bool w, const char *op, int reg, int rm);

/* Common forms. */
void x64_mov_imm32(struct x64 *e, int reg, uint32_t v);
void x64_mov_imm64(struct x64 *e, int reg, uint64_t v);
/* op r/m32, imm32 with group-1 extension ext (0 add, 5 sub, 7 cmp). */
void x64_alu_imm(struct x64 *e, unsigned ext, int rm, uint32_t v);
void x64_push(struct x64 *e, int reg);
void x64_pop(struct x64 *e, int reg);

/* Jumps. The rel32 forms return the position of the displacement for x64_patch32. */
size_t x64_jcc32(struct x64 *e, enum x64_cc cc);
size_t x64_jmp32(struct x64 *e);
size_t x64_jcc8(struct x64 *e, enum x64_cc cc);
size_t x64_jmp8(struct x64 *e);
/* Points the displacement at `at` to target position `to`. */
void x64_patch32(struct x64 *e, size_t at, size_t to);
void x64_patch8(struct x64 *e, size_t at, size_t to);

#endif
