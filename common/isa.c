/* isa.c - the opcode table built from QPU_OPCODES, and look-up by mnemonic. */
#include "isa.h"

#include <string.h>

const struct qpu_op_info qpu_ops[QPU_OPCODE_COUNT] = {
#define QPU_X_ROW(id, name, code, shape, doc) [code] = {name, code, shape, doc},
    QPU_OPCODES(QPU_X_ROW)
#undef QPU_X_ROW
};

const struct qpu_op_info *qpu_op_by_name(const char *name, size_t len)
{
    for (unsigned i = 0; i < QPU_OPCODE_COUNT; i++) {
        const char *n = qpu_ops[i].name;
        if (strlen(n) == len && memcmp(n, name, len) == 0)
            return &qpu_ops[i];
    }
    return NULL;
}
