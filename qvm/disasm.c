/* disasm.c - one instruction as qasm text, from the shared opcode table (common/isa.h).
 * Used by the trace (-v) and the debugger. */
#include "vm.h"

#include <stdio.h>

#include "isa.h"

static void reg_name(unsigned field, char *out, size_t len)
{
    if (field < QPU_REG_COUNT)
        snprintf(out, len, "r%u", field);
    else if (field == QPU_REG_IP)
        snprintf(out, len, "ip");
    else
        snprintf(out, len, "?0x%02x", field); /* undefined field value */
}

unsigned vm_disasm(uint32_t w, uint32_t next, char *out, size_t len)
{
    unsigned op = qpu_opcode_of(w);
    if (op >= QPU_OPCODE_COUNT) {
        snprintf(out, len, "(invalid opcode 0x%02x)", op);
        return 1;
    }
    char d[8], s0[8], s1[8];
    reg_name(qpu_d_of(w), d, sizeof d);
    reg_name(qpu_s0_of(w), s0, sizeof s0);
    reg_name(qpu_s1_of(w), s1, sizeof s1);
    const char *name = qpu_ops[op].name;
    switch (qpu_ops[op].shape) {
    case SHAPE_NONE: snprintf(out, len, "%s", name); break;
    case SHAPE_S0: snprintf(out, len, "%s %s", name, s0); break;
    case SHAPE_S0_S1: snprintf(out, len, "%s %s %s", name, s0, s1); break;
    case SHAPE_D_S0: snprintf(out, len, "%s %s %s", name, d, s0); break;
    case SHAPE_D_IMM: snprintf(out, len, "%s %s 0x%08x", name, d, next); break;
    default: snprintf(out, len, "%s %s %s %s", name, d, s0, s1); break;
    }
    return qpu_op_words(op);
}
