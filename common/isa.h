/* isa.h - the QPU instruction set: the one table of opcodes that the assembler,
 * disassembler, emulator and compiler all use (shared/spec/isa.md).
 *
 * Encoding of every instruction word:
 *
 *   31        24 23       16 15        8 7         0
 *   +-----------+-----------+-----------+-----------+
 *   |  opcode   |     d     |    s0     |    s1     |
 *   +-----------+-----------+-----------+-----------+
 *
 * Register fields hold 0..63 for r0..r63, or 0x40 for ip (sources only).
 * `constant` is followed by one immediate word. Any word whose top byte is 0 is `halt`;
 * a top byte >= QPU_OPCODE_COUNT is an invalid instruction.
 */
#ifndef QPU_ISA_H
#define QPU_ISA_H

#include <stddef.h>
#include <stdint.h>

/* Operand shapes, named by the fields an instruction uses, in assembly order. */
enum qpu_shape {
    SHAPE_NONE,     /* halt, nop, wait */
    SHAPE_S0,       /* int s0, jmp s0, rjmp s0 */
    SHAPE_S0_S1,    /* jz s0 s1 ... */
    SHAPE_D_S0,     /* mov d s0 (store: d holds the address) */
    SHAPE_D_IMM,    /* constant d VALUE: a second word follows */
    SHAPE_D_S0_S1,  /* add d s0 s1 ... */
};

/* X(ID, mnemonic, opcode, shape, meaning) - one line per opcode, in opcode order. */
#define QPU_OPCODES(X)                                                              \
    X(HALT,     "halt",     0x00, SHAPE_NONE,    "stop; the result is r0")          \
    X(INT,      "int",      0x01, SHAPE_S0,      "interrupt number s0 (0: return)") \
    X(LOAD,     "load",     0x02, SHAPE_D_S0,    "d = mem[s0]")                     \
    X(STORE,    "store",    0x03, SHAPE_D_S0,    "mem[d] = s0")                     \
    X(MOV,      "mov",      0x04, SHAPE_D_S0,    "d = s0")                          \
    X(CONSTANT, "constant", 0x05, SHAPE_D_IMM,   "d = mem[ip + 1]; ip += 2")        \
    X(ADD,      "add",      0x06, SHAPE_D_S0_S1, "d = s0 + s1")                     \
    X(SUB,      "sub",      0x07, SHAPE_D_S0_S1, "d = s0 - s1")                     \
    X(MUL,      "mul",      0x08, SHAPE_D_S0_S1, "d = low word of s0 * s1")         \
    X(DIV,      "div",      0x09, SHAPE_D_S0_S1, "d = s0 / s1 unsigned")            \
    X(MOD,      "mod",      0x0A, SHAPE_D_S0_S1, "d = s0 % s1 unsigned")            \
    X(AND,      "and",      0x0B, SHAPE_D_S0_S1, "d = s0 & s1")                     \
    X(OR,       "or",       0x0C, SHAPE_D_S0_S1, "d = s0 | s1")                     \
    X(NOT,      "not",      0x0D, SHAPE_D_S0,    "d = ~s0")                         \
    X(SHL,      "shl",      0x0E, SHAPE_D_S0_S1, "d = s0 << (s1 & 31)")             \
    X(SHR,      "shr",      0x0F, SHAPE_D_S0_S1, "d = s0 >> (s1 & 31), zero fill")  \
    X(EQ,       "eq",       0x10, SHAPE_D_S0_S1, "d = s0 == s1")                    \
    X(NEQ,      "neq",      0x11, SHAPE_D_S0_S1, "d = s0 != s1")                    \
    X(LT,       "lt",       0x12, SHAPE_D_S0_S1, "d = s0 < s1 unsigned")            \
    X(GT,       "gt",       0x13, SHAPE_D_S0_S1, "d = s0 > s1 unsigned")            \
    X(JMP,      "jmp",      0x14, SHAPE_S0,      "ip = s0")                         \
    X(JZ,       "jz",       0x15, SHAPE_S0_S1,   "if s0 == 0: ip = s1")             \
    X(JNZ,      "jnz",      0x16, SHAPE_S0_S1,   "if s0 != 0: ip = s1")             \
    X(NOP,      "nop",      0x17, SHAPE_NONE,    "nothing")                         \
    X(WAIT,     "wait",     0x18, SHAPE_NONE,    "wait for an interrupt")           \
    X(FADD,     "fadd",     0x19, SHAPE_D_S0_S1, "d = s0 + s1 (float)")             \
    X(FSUB,     "fsub",     0x1A, SHAPE_D_S0_S1, "d = s0 - s1 (float)")             \
    X(FMUL,     "fmul",     0x1B, SHAPE_D_S0_S1, "d = s0 * s1 (float)")             \
    X(FDIV,     "fdiv",     0x1C, SHAPE_D_S0_S1, "d = s0 / s1 (float)")             \
    X(FEQ,      "feq",      0x1D, SHAPE_D_S0_S1, "d = s0 == s1 (float)")            \
    X(FLT,      "flt",      0x1E, SHAPE_D_S0_S1, "d = s0 < s1 (float)")             \
    X(FGT,      "fgt",      0x1F, SHAPE_D_S0_S1, "d = s0 > s1 (float)")             \
    X(ITOF,     "itof",     0x20, SHAPE_D_S0,    "d = (float) signed s0")           \
    X(UTOF,     "utof",     0x21, SHAPE_D_S0,    "d = (float) unsigned s0")         \
    X(FTOI,     "ftoi",     0x22, SHAPE_D_S0,    "d = (int) float s0, truncated")   \
    X(RJMP,     "rjmp",     0x23, SHAPE_S0,      "ip = this + signed s0")           \
    X(RJZ,      "rjz",      0x24, SHAPE_S0_S1,   "if s0 == 0: ip = this + s1")      \
    X(RJNZ,     "rjnz",     0x25, SHAPE_S0_S1,   "if s0 != 0: ip = this + s1")      \
    X(SLT,      "slt",      0x26, SHAPE_D_S0_S1, "d = s0 < s1 signed")              \
    X(SGT,      "sgt",      0x27, SHAPE_D_S0_S1, "d = s0 > s1 signed")              \
    X(SDIV,     "sdiv",     0x28, SHAPE_D_S0_S1, "d = s0 / s1 signed, toward 0")    \
    X(SMOD,     "smod",     0x29, SHAPE_D_S0_S1, "d = s0 % s1 signed (sign of s0)") \
    X(SAR,      "sar",      0x2A, SHAPE_D_S0_S1, "d = s0 >> (s1 & 31), sign fill")

enum qpu_opcode {
#define QPU_X_ENUM(id, name, code, shape, doc) OP_##id = code,
    QPU_OPCODES(QPU_X_ENUM)
#undef QPU_X_ENUM
    QPU_OPCODE_COUNT /* 0x2B: first invalid opcode */
};

#define QPU_REG_COUNT 64   /* r0..r63 */
#define QPU_REG_IP    0x40 /* register field value of ip */

struct qpu_op_info {
    const char *name;
    uint8_t opcode;
    uint8_t shape; /* enum qpu_shape */
    const char *meaning;
};

/* The table, indexed by opcode (0 .. QPU_OPCODE_COUNT-1). */
extern const struct qpu_op_info qpu_ops[QPU_OPCODE_COUNT];

/* The entry for a mnemonic of `len` bytes, or NULL. */
const struct qpu_op_info *qpu_op_by_name(const char *name, size_t len);

/* Number of words an instruction of this opcode occupies (2 for constant). */
static inline unsigned qpu_op_words(unsigned opcode) { return opcode == OP_CONSTANT ? 2u : 1u; }

static inline uint32_t qpu_encode(unsigned opcode, unsigned d, unsigned s0, unsigned s1)
{
    return (uint32_t)(opcode & 0xFF) << 24 | (uint32_t)(d & 0xFF) << 16 |
           (uint32_t)(s0 & 0xFF) << 8 | (uint32_t)(s1 & 0xFF);
}

static inline unsigned qpu_opcode_of(uint32_t w) { return w >> 24; }
static inline unsigned qpu_d_of(uint32_t w) { return (w >> 16) & 0xFF; }
static inline unsigned qpu_s0_of(uint32_t w) { return (w >> 8) & 0xFF; }
static inline unsigned qpu_s1_of(uint32_t w) { return w & 0xFF; }

#endif
