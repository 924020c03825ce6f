/* disasm.c - the disassembler behind qdasm: turns a flat program back into assembly that
 * reassembles (flat mode) to the same words. The words are split as the assembler lays
 * them out (code, two halts, data, two halts); code words that are not canonical
 * instructions (invalid opcodes, nonzero unused fields) become `.word` in place, data
 * becomes `data` directives (length-prefixed strings where they read as text). A program
 * without that shape is written after `.nosentinels`, all in the code area. */
#include "asm.h"
#include "isa.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct dis {
    const uint32_t *w;
    size_t n;
    size_t code_end;  /* words [0, code_end) are code */
    size_t data_at;   /* data words [data_at, data_end) */
    size_t data_end;
    bool sentinels;
    unsigned char *target; /* per word: 1 = named by a code label / data directive start */
    FILE *out;
};

static bool reg_ok(unsigned r, bool dest) { return r < QPU_REG_COUNT || (!dest && r == QPU_REG_IP); }

/* Whether w is exactly what the assembler writes for some instruction. */
static bool canonical(uint32_t w)
{
    unsigned op = qpu_opcode_of(w), d = qpu_d_of(w), s0 = qpu_s0_of(w), s1 = qpu_s1_of(w);
    if (op >= QPU_OPCODE_COUNT)
        return false;
    switch (qpu_ops[op].shape) {
    case SHAPE_NONE: return d == 0 && s0 == 0 && s1 == 0;
    case SHAPE_S0: return d == 0 && reg_ok(s0, false) && s1 == 0;
    case SHAPE_S0_S1: return d == 0 && reg_ok(s0, false) && reg_ok(s1, false);
    case SHAPE_D_S0: return reg_ok(d, true) && reg_ok(s0, false) && s1 == 0;
    case SHAPE_D_IMM: return reg_ok(d, true) && s0 == 0 && s1 == 0;
    case SHAPE_D_S0_S1: return reg_ok(d, true) && reg_ok(s0, false) && reg_ok(s1, false);
    }
    return false;
}

/* Words an instruction at i takes inside [0, end): 2 for a complete constant. */
static size_t insn_len(const uint32_t *w, size_t i, size_t end)
{
    return canonical(w[i]) && qpu_opcode_of(w[i]) == OP_CONSTANT && i + 1 < end ? 2 : 1;
}

/* Finds the code/data split: the first run of zero words on an instruction boundary, with
 * the program ending in two zero words after it. Within the run, the code takes all but
 * the last two zeros (programs end with halt) unless a constant names a zero word of the
 * run as data. */
static void find_layout(struct dis *d)
{
    const uint32_t *w = d->w;
    size_t n = d->n, split = SIZE_MAX;
    d->sentinels = false;
    d->code_end = n;
    if (n < 4 || w[n - 1] || w[n - 2])
        return;
    unsigned char *named = xcalloc(n, 1); /* words named by an earlier constant */
    for (size_t i = 0; i + 4 <= n; i += insn_len(w, i, n - 4)) {
        if (!w[i] && !w[i + 1]) {
            size_t end = i;
            while (end + 4 < n && !w[end + 2])
                end++; /* zeros at end+2 can still be sentinels */
            split = end;
            for (size_t at = i + 2; at < end + 2; at++)
                if (named[at]) {
                    split = at - 2;
                    break;
                }
            break;
        }
        if (insn_len(w, i, n - 4) == 2 && w[i + 1] >= QASM_BASE && w[i + 1] - QASM_BASE < n)
            named[w[i + 1] - QASM_BASE] = 1;
    }
    free(named);
    if (split == SIZE_MAX)
        for (size_t i = 0; i + 4 <= n && split == SIZE_MAX; i++)
            if (!w[i] && !w[i + 1])
                split = i;
    if (split == SIZE_MAX)
        return;
    d->sentinels = true;
    d->code_end = split;
    d->data_at = split + 2;
    d->data_end = n - 2;
}

/* Immediates of complete constants that name a code boundary or a data word. */
static void find_targets(struct dis *d)
{
    unsigned char *boundary = xcalloc(d->n + 1, 1);
    for (size_t i = 0; i < d->code_end; i += insn_len(d->w, i, d->code_end))
        boundary[i] = 1;
    boundary[d->code_end] = d->sentinels;
    for (size_t i = 0; i < d->code_end; i += insn_len(d->w, i, d->code_end)) {
        if (insn_len(d->w, i, d->code_end) != 2)
            continue;
        uint32_t v = d->w[i + 1];
        if (v < QASM_BASE || v - QASM_BASE >= d->n)
            continue;
        size_t at = v - QASM_BASE;
        if ((at <= d->code_end && boundary[at]) ||
            (d->sentinels && at >= d->data_at && at < d->data_end))
            d->target[at] = 1;
    }
    for (size_t j = d->data_at; d->sentinels && j < d->data_end; j++) { /* pointer data */
        size_t at = d->w[j] - QASM_BASE;
        if (d->w[j] >= QASM_BASE && at < d->n &&
            ((at <= d->code_end && boundary[at]) || (at >= d->data_at && at < d->data_end)))
            d->target[at] = 1;
    }
    free(boundary);
}

static void put_name_or_number(struct dis *d, uint32_t v);

/* A readable form of a word: decimal when small, else hex. */
static void put_number(FILE *f, uint32_t v)
{
    if (v < 0x10000)
        fprintf(f, "%u", v);
    else if (v >= 0xFFFF0000u)
        fprintf(f, "-%u", 0u - v);
    else
        fprintf(f, "0x%08X", v);
}

/* The float value of bits when it reads like a float someone wrote, else NULL. */
static const char *nice_float(uint32_t bits, char *buf, size_t size)
{
    unsigned exp = bits >> 23 & 0xFF;
    if (exp < 0x60 || exp > 0x9F) /* about 1e-10 .. 1e10 */
        return NULL;
    float f;
    memcpy(&f, &bits, sizeof f);
    for (int digits = 1; digits <= 6; digits++) {
        snprintf(buf, size, "%.*g", digits, (double)f);
        if (strtof(buf, NULL) == f)
            return buf;
    }
    return NULL;
}

static void label_name(struct dis *d, size_t at, char *buf, size_t size)
{
    snprintf(buf, size, "@%c%04zX", at <= d->code_end ? 'L' : 'd', QASM_BASE + at);
}

static void put_name_or_number(struct dis *d, uint32_t v)
{
    size_t at = v - QASM_BASE;
    if (v >= QASM_BASE && at < d->n && d->target[at]) {
        char name[32];
        label_name(d, at, name, sizeof name);
        fputs(name, d->out);
    } else {
        put_number(d->out, v);
    }
}

static const char *reg_name(unsigned r, char *buf)
{
    if (r == QPU_REG_IP)
        return "ip";
    sprintf(buf, "r%u", r);
    return buf;
}

static void emit_insn(struct dis *d, size_t i)
{
    uint32_t w = d->w[i];
    const struct qpu_op_info *op = &qpu_ops[qpu_opcode_of(w)];
    char a[8], b[8], c[8];
    const char *dr = reg_name(qpu_d_of(w), a), *s0 = reg_name(qpu_s0_of(w), b),
               *s1 = reg_name(qpu_s1_of(w), c);
    switch (op->shape) {
    case SHAPE_NONE: fprintf(d->out, "%s", op->name); break;
    case SHAPE_S0: fprintf(d->out, "%s %s", op->name, s0); break;
    case SHAPE_S0_S1: fprintf(d->out, "%s %s %s", op->name, s0, s1); break;
    case SHAPE_D_S0: fprintf(d->out, "%s %s %s", op->name, dr, s0); break;
    case SHAPE_D_S0_S1: fprintf(d->out, "%s %s %s %s", op->name, dr, s0, s1); break;
    case SHAPE_D_IMM: break;
    }
    if (op->shape == SHAPE_D_IMM) {
        uint32_t v = d->w[i + 1];
        char fbuf[32];
        const char *fl = nice_float(v, fbuf, sizeof fbuf);
        fprintf(d->out, "constant %s ", dr);
        put_name_or_number(d, v);
        if (fl)
            fprintf(d->out, "    ; %04zX, %sf as a float\n", QASM_BASE + i, fl);
        else
            fprintf(d->out, "    ; %04zX\n", QASM_BASE + i);
        return;
    }
    fprintf(d->out, "    ; %04zX\n", QASM_BASE + i);
}

static void emit_code(struct dis *d)
{
    for (size_t i = 0; i < d->code_end;) {
        size_t len = insn_len(d->w, i, d->code_end);
        if (d->target[i]) {
            char name[32];
            label_name(d, i, name, sizeof name);
            fprintf(d->out, "%s:\n", name);
        }
        fputs("    ", d->out);
        if (canonical(d->w[i]) && !(len == 1 && qpu_opcode_of(d->w[i]) == OP_CONSTANT))
            emit_insn(d, i);
        else
            fprintf(d->out, ".word 0x%08X    ; %04zX: not an instruction qasm writes\n",
                    d->w[i], QASM_BASE + i);
        i += len;
    }
    if (d->sentinels && d->target[d->code_end]) {
        char name[32];
        label_name(d, d->code_end, name, sizeof name);
        fprintf(d->out, "%s:\n", name);
    }
}

static bool printable(uint32_t c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\n' ||
           (c >= 0xA0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF));
}

/* Length of a readable length-prefixed string at data word j (0 if none). */
static size_t string_at(struct dis *d, size_t j)
{
    uint32_t len = d->w[j];
    if (len < 2 || len > d->data_end - j - 1)
        return 0;
    for (size_t k = j + 1; k <= j + len; k++) {
        uint32_t c = d->w[k];
        if (!printable(c) || d->target[k] || (c >= QASM_BASE && c - QASM_BASE < d->n))
            return 0;
    }
    return len + 1;
}

static void put_utf8(FILE *f, uint32_t c)
{
    if (c == '\n') { fputs("\\n", f); return; }
    if (c == '\\' || c == '\'') { fputc('\\', f); fputc((int)c, f); return; }
    if (c < 0x80) {
        fputc((int)c, f);
    } else if (c < 0x800) {
        fputc(0xC0 | (int)(c >> 6), f), fputc(0x80 | (int)(c & 0x3F), f);
    } else if (c < 0x10000) {
        fputc(0xE0 | (int)(c >> 12), f), fputc(0x80 | (int)(c >> 6 & 0x3F), f);
        fputc(0x80 | (int)(c & 0x3F), f);
    } else {
        fputc(0xF0 | (int)(c >> 18), f), fputc(0x80 | (int)(c >> 12 & 0x3F), f);
        fputc(0x80 | (int)(c >> 6 & 0x3F), f), fputc(0x80 | (int)(c & 0x3F), f);
    }
}

static bool names_target(const struct dis *d, uint32_t v)
{
    return v >= QASM_BASE && v - QASM_BASE < d->n && d->target[v - QASM_BASE];
}

static void emit_data(struct dis *d)
{
    char name[32];
    for (size_t j = d->data_at; j < d->data_end;) {
        label_name(d, j, name, sizeof name);
        size_t len = string_at(d, j);
        if (len) {
            fprintf(d->out, "data %s '", name);
            for (size_t k = j + 1; k < j + len; k++)
                put_utf8(d->out, d->w[k]);
            fputs("'\n", d->out);
            j += len;
            continue;
        }
        fprintf(d->out, "data %s", name);
        if (names_target(d, d->w[j])) { /* a pointer: data @name @other */
            fputc(' ', d->out);
            put_name_or_number(d, d->w[j++]);
            fputc('\n', d->out);
            continue;
        }
        size_t k = j;
        do {
            fputc(' ', d->out);
            put_number(d->out, d->w[k++]);
        } while (k < d->data_end && k - j < 8 && !d->target[k] && !string_at(d, k) &&
                 !names_target(d, d->w[k]));
        fputc('\n', d->out);
        j = k;
    }
}

void disassemble(const uint32_t *words, size_t count, FILE *out)
{
    struct dis d = {.w = words, .n = count, .out = out};
    d.target = xcalloc(count + 1, 1);
    find_layout(&d);
    find_targets(&d);
    fprintf(out, "; disassembled by qdasm: %zu words\n", count);
    if (!d.sentinels)
        fputs(".nosentinels        ; this program is not laid out as qasm writes programs\n",
              out);
    emit_code(&d);
    if (d.sentinels) {
        fprintf(out, "; %04zX: two halts (end of code), then the data\n",
                QASM_BASE + d.code_end);
        emit_data(&d);
    }
    free(d.target);
}
