/* test_isa.c - checks the shared opcode table: every opcode 0..0x2A present once, in
 * order, with a unique mnemonic that looks itself up, and encode/decode agree. */
#include "isa.h"

#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond, ...)                                                               \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                \
            printf(__VA_ARGS__);                                                       \
            printf("\n");                                                              \
            failures++;                                                                \
        }                                                                              \
    } while (0)

int main(void)
{
    CHECK(QPU_OPCODE_COUNT == 0x2B, "opcode count %d", QPU_OPCODE_COUNT);
    for (unsigned i = 0; i < QPU_OPCODE_COUNT; i++) {
        const struct qpu_op_info *op = &qpu_ops[i];
        CHECK(op->name != NULL, "opcode 0x%02x has no entry", i);
        if (!op->name)
            continue;
        CHECK(op->opcode == i, "%s has opcode 0x%02x at index 0x%02x", op->name, op->opcode, i);
        CHECK(qpu_op_by_name(op->name, strlen(op->name)) == op, "look-up of %s", op->name);
        for (unsigned j = 0; j < i; j++)
            CHECK(qpu_ops[j].name && strcmp(qpu_ops[j].name, op->name) != 0, "%s twice", op->name);
    }
    CHECK(qpu_op_by_name("constant", 8)->shape == SHAPE_D_IMM, "constant shape");
    CHECK(qpu_op_by_name("addx", 4) == NULL, "unknown mnemonic");
    CHECK(qpu_op_by_name("ad", 2) == NULL, "prefix of a mnemonic");
    uint32_t w = qpu_encode(OP_ADD, 1, 2, 0x40);
    CHECK(w == 0x06010240, "encode add r1 r2 ip = %08x", w);
    CHECK(qpu_opcode_of(w) == OP_ADD && qpu_d_of(w) == 1 && qpu_s0_of(w) == 2 &&
              qpu_s1_of(w) == 0x40, "decode");
    CHECK(qpu_op_words(OP_CONSTANT) == 2 && qpu_op_words(OP_ADD) == 1, "word counts");
    if (failures == 0)
        printf("isa table: all checks passed\n");
    return failures != 0;
}
