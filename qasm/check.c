/* check.c - the pass after parsing: checks each statement's operands against the ISA
 * table (common/isa.h) and the directive forms, assigns statements to sections, and lays
 * out word offsets inside each section. */
#include "asm.h"
#include "isa.h"

#include <string.h>

#define MAX_SECTION_WORDS (1u << 24) /* 64 MiB: far beyond any real program */

static const char *const shape_operands[] = {
    [SHAPE_NONE] = "no operands",     [SHAPE_S0] = "1 register (s0)",
    [SHAPE_S0_S1] = "2 registers (s0 s1)", [SHAPE_D_S0] = "2 registers (d s0)",
    [SHAPE_D_IMM] = "a register and a value (d VALUE)",
    [SHAPE_D_S0_S1] = "3 registers (d s0 s1)",
};
static const unsigned shape_regs[] = {
    [SHAPE_NONE] = 0, [SHAPE_S0] = 1, [SHAPE_S0_S1] = 2,
    [SHAPE_D_S0] = 2, [SHAPE_D_IMM] = 1, [SHAPE_D_S0_S1] = 3,
};

static unsigned count_ops(const struct operand *op)
{
    unsigned n = 0;
    for (; op; op = op->next)
        n++;
    return n;
}

static bool is_value(const struct operand *op)
{
    return op->kind == OPND_NUM || op->kind == OPND_FLOAT || op->kind == OPND_NAME ||
           op->kind == OPND_DIFF;
}

/* The value operand of `constant`. */
static bool check_constant_value(const struct operand *op)
{
    if (op->kind == OPND_STRING) {
        if (op->nchars == 1)
            diag_error_at(op->loc, "there are no character literals; write the code point "
                                   "as a number (%u)", op->chars[0]);
        else
            diag_error_at(op->loc, "a string is not a value for constant (strings are only "
                                   "allowed in data)");
        return false;
    }
    if (!is_value(op)) {
        diag_error_at(op->loc, "constant needs a number, a float or a name here");
        return false;
    }
    return true;
}

static void check_insn(struct stmt *s)
{
    const struct qpu_op_info *info = qpu_op_by_name(s->name, strlen(s->name));
    if (!info) {
        diag_error_at(s->name_loc, "unknown mnemonic '%s'", s->name);
        return;
    }
    unsigned nregs = shape_regs[info->shape], want = nregs + (info->shape == SHAPE_D_IMM);
    if (count_ops(s->ops) != want) {
        diag_error_at(s->name_loc, "'%s' takes %s, found %u operand%s", s->name,
                      shape_operands[info->shape], count_ops(s->ops),
                      count_ops(s->ops) == 1 ? "" : "s");
        return;
    }
    bool has_d = info->shape == SHAPE_D_S0 || info->shape == SHAPE_D_IMM ||
                 info->shape == SHAPE_D_S0_S1;
    unsigned field = has_d ? 0 : 1; /* 0 = d, 1 = s0, 2 = s1 */
    struct operand *op = s->ops;
    bool ok = true;
    for (unsigned i = 0; i < nregs; i++, op = op->next, field++) {
        if (op->kind != OPND_REG) {
            diag_error_at(op->loc, "operand %u of '%s' must be a register", i + 1, s->name);
            ok = false;
        } else if (field == 0 && op->value == QPU_REG_IP) {
            diag_error_at(op->loc, "ip cannot be the destination (d) of '%s'", s->name);
            ok = false;
        } else {
            s->regs[field] = op->value;
        }
    }
    if (info->shape == SHAPE_D_IMM) {
        ok = check_constant_value(op) && ok;
        s->imm = op;
    }
    if (ok)
        s->opcode = info->opcode;
    s->nwords = qpu_op_words(info->opcode);
}

static void check_data(struct stmt *s)
{
    unsigned n = count_ops(s->ops), nums = 0, strings = 0, names = 0;
    for (struct operand *op = s->ops; op; op = op->next) {
        switch (op->kind) {
        case OPND_NUM: nums++; break;
        case OPND_STRING: strings++; break;
        case OPND_NAME: case OPND_DIFF: names++; break;
        case OPND_FLOAT:
            diag_error_at(op->loc, "floats are not allowed in data (use a number, or "
                                   "constant for a float)");
            return;
        case OPND_REG:
            diag_error_at(op->loc, "a register is not a data value");
            return;
        }
    }
    s->imm = s->ops;
    if (n == 0)
        diag_error_at(s->loc, "data needs a value: numbers, a string or a name");
    else if (nums == n)
        s->nwords = n;
    else if (n == 1)
        s->nwords = strings ? 1 + (uint32_t)s->ops->nchars : 1;
    else
        diag_error_at(s->ops->next->loc, "data takes numbers, or one string, or one name; "
                                         "they cannot be mixed or repeated");
}

/* .word: numbers, floats, names, strings; one word each (a string: one per code point). */
static void check_word(struct stmt *s)
{
    uint64_t n = 0;
    for (struct operand *op = s->ops; op; op = op->next) {
        if (op->kind == OPND_REG) {
            diag_error_at(op->loc, "a register is not a value for .word");
            return;
        }
        n += op->kind == OPND_STRING ? op->nchars : 1;
    }
    if (!s->ops)
        diag_error_at(s->loc, ".word needs at least one value");
    s->imm = s->ops;
    s->nwords = (uint32_t)n;
}

static void check_zero(struct stmt *s)
{
    if (count_ops(s->ops) != 1 || s->ops->kind != OPND_NUM) {
        diag_error_at(s->loc, ".zero takes one number (a count of words)");
        return;
    }
    if (s->ops->value > MAX_SECTION_WORDS) {
        diag_error_at(s->ops->loc, ".zero count %u is too large", s->ops->value);
        return;
    }
    s->nwords = s->ops->value;
    s->zero_fill = true;
}

static void check_symbol_list(struct stmt *s)
{
    if (!s->ops)
        diag_error_at(s->loc, ".%s needs at least one name", s->name);
    for (struct operand *op = s->ops; op; op = op->next)
        if (op->kind != OPND_NAME || op->value != 0)
            diag_error_at(op->loc, ".%s takes names only", s->name);
}

static const char *const section_names[SEC_COUNT] = {"text", "rodata", "data", "bss"};

/* A dot directive; may change the current section *cur. */
static void check_dot(struct program *p, struct stmt *s, enum asm_section *cur)
{
    for (int i = 0; i < SEC_COUNT; i++) {
        if (strcmp(s->name, section_names[i]) == 0) {
            if (s->ops)
                diag_error_at(s->ops->loc, ".%s takes no operands", s->name);
            *cur = (enum asm_section)i;
            return;
        }
    }
    if (strcmp(s->name, "global") == 0 || strcmp(s->name, "extern") == 0 ||
        strcmp(s->name, "weak") == 0)
        check_symbol_list(s);
    else if (strcmp(s->name, "word") == 0)
        check_word(s);
    else if (strcmp(s->name, "zero") == 0)
        check_zero(s);
    else if (strcmp(s->name, "nosentinels") == 0 && !s->ops)
        p->no_sentinels = true;
    else
        diag_error_at(s->loc, "unknown directive '.%s'", s->name);
}

void check_program(struct program *p, const struct asm_options *opt, uint32_t sizes[SEC_COUNT])
{
    enum asm_section cur = SEC_TEXT;
    const char *file = NULL;
    uint64_t size[SEC_COUNT] = {0};
    for (struct stmt *s = p->first; s; s = s->next) {
        if (s->loc.file != file) /* each file starts in .text */
            file = s->loc.file, cur = SEC_TEXT;
        s->section = cur;
        if (s->bad && s->kind != ST_LABEL)
            continue;
        switch (s->kind) {
        case ST_LABEL: break;
        case ST_INSN: check_insn(s); break;
        case ST_DATA: check_data(s); s->section = SEC_DATA; break;
        case ST_DOT: check_dot(p, s, &cur); break;
        }
        if (!opt->object && s->section == SEC_RODATA) /* flat: one data area */
            s->section = SEC_DATA;
        if (s->section == SEC_BSS && s->nwords && !s->zero_fill) {
            diag_error_at(s->loc, "only labels and .zero are allowed in .bss");
            s->nwords = 0;
        }
        s->offset = (uint32_t)size[s->section];
        size[s->section] += s->nwords;
        if (size[s->section] > MAX_SECTION_WORDS) {
            diag_error_at(s->loc, "section .%s is too large", section_names[s->section]);
            size[s->section] = 0;
        }
    }
    for (int i = 0; i < SEC_COUNT; i++)
        sizes[i] = (uint32_t)size[i];
}
