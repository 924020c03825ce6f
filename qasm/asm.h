/* asm.h - internals of the assembler `qasm` and the disassembler `qdasm`, one section per
 * source file. The assembler is a pipeline (main.c):
 *
 *   parse (lexer.l, parser.y) -> list of statements (the IR, ir.c)
 *   -> check (check.c: operand shapes, sections, sizes)
 *   -> symbols (symbols.c: definitions, duplicates, references)
 *   -> encode (encode.c: words per section, relocations for -c)
 *   -> output (flat.c: .qbin + listing; object.c: ELF via common/qobj.h)
 *
 * Memory policy: everything the assembler allocates for one run lives in one arena
 * (arena_alloc), released at exit by arena_free_all.
 */
#ifndef QASM_ASM_H
#define QASM_ASM_H

#include "diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define QASM_BASE 0x1000u /* address of the first word of a flat program */

/* ---- the arena (common/arena.h): one arena per run ---- */
#include "arena.h"

/* ---- ir.c: statements and operands built by the parser ---- */
enum opnd_kind {
    OPND_REG,    /* value = register field (0..63, 0x40 for ip) */
    OPND_NUM,    /* value = number mod 2^32 */
    OPND_FLOAT,  /* value = binary32 bits */
    OPND_NAME,   /* name (+ value as addend) */
    OPND_DIFF,   /* name - name2 */
    OPND_STRING, /* chars[nchars] code points */
};

struct operand {
    enum opnd_kind kind;
    struct diag_loc loc;
    uint32_t value;
    const char *name, *name2;
    uint32_t *chars;
    size_t nchars;
    struct operand *next;
};

enum stmt_kind {
    ST_LABEL, /* name: */
    ST_INSN,  /* mnemonic operands (including constant) */
    ST_DATA,  /* data @name operands */
    ST_DOT,   /* .directive operands */
};

/* Output streams. In -c mode they are the ELF sections; in flat mode TEXT is the code
 * area, RODATA and DATA share the data area and BSS is written as zeros after it. */
enum asm_section { SEC_TEXT, SEC_RODATA, SEC_DATA, SEC_BSS, SEC_COUNT };

struct stmt {
    enum stmt_kind kind;
    struct diag_loc loc;
    const char *name; /* mnemonic, label, data name or directive (without '.') */
    struct diag_loc name_loc;
    struct operand *ops; /* linked list */
    bool bad;            /* its line had a syntax error: define names, check nothing */
    /* Filled by check.c: */
    int opcode;          /* ST_INSN: opcode, or -1 */
    unsigned regs[3];    /* d, s0, s1 fields */
    struct operand *imm; /* the value of constant; first value of data/.word */
    enum asm_section section;
    uint32_t nwords;     /* words this statement occupies in its section */
    bool zero_fill;      /* .zero: nwords zero words */
    uint32_t offset;     /* word offset in its stream (after layout) */
    struct stmt *next;
};

struct source_text {
    const char *file, *text;
    size_t len;
};

struct program {
    struct stmt *first, *last;
    struct source_text *sources; /* the inputs, for the listing */
    size_t nsources;
    bool no_sentinels; /* .nosentinels: flat output without the four halt words */
};

struct operand *opnd_new(enum opnd_kind kind, struct diag_loc loc);
struct stmt *stmt_new(enum stmt_kind kind, struct diag_loc loc);
void program_append(struct program *p, struct stmt *s);
/* "@name", or "@`name`" when the name is not a plain identifier (in the arena). */
const char *name_display(const char *name);
bool name_is_plain(const char *name);

/* ---- literals.c: values of literal tokens ---- */
/* Number lexeme (decimal, 0x, 0b, optional '-') mod 2^32; *wide set when it does not fit
 * in 32 bits (signed or unsigned). */
uint32_t literal_number(const char *text, bool *wide);
/* Float lexeme (with its 'f' suffix, or Inf/-Inf/NaN) -> binary32 bits; false when the
 * value is beyond the range of a double. */
bool literal_float(const char *text, uint32_t *bits);
/* Decodes the body of a string literal (between the quotes) into code points.
 * On a bad escape or bad UTF-8, returns false with *bad_at = byte offset of the problem
 * and *why set. */
bool literal_string(const char *body, size_t len, uint32_t **chars, size_t *nchars,
                    size_t *bad_at, const char **why);

/* ---- parse (parser.y + lexer.l) ---- */
/* Parses one source text (NUL-terminated, len bytes) and appends its statements.
 * Errors go through diag; returns the number of errors found in this file. */
int parse_source(struct program *p, const char *file, const char *text, size_t len);

/* ---- check.c ---- */
struct asm_options {
    bool object;  /* -c */
};
/* Validates operands, assigns sections and sizes, lays out offsets per section.
 * sizes[] gets each section's size in words. */
void check_program(struct program *p, const struct asm_options *opt, uint32_t sizes[SEC_COUNT]);

/* ---- symbols.c ---- */
struct symbol {
    const char *name;
    struct stmt *def;   /* the label/data statement, or NULL: undefined */
    bool global;        /* .global / .extern / .weak */
    bool weak;          /* .weak: STB_WEAK (a weak definition, or a reference that may
                         * stay undefined) */
    bool used;
    struct diag_loc first_use;
    uint32_t index;     /* index in the object's symbol table (-c) */
    struct symbol *next_in_bucket, *next_in_order;
};
struct symtab;
struct symtab *symtab_build(struct program *p, bool object);
struct symbol *symtab_find(struct symtab *t, const char *name);
struct symbol *symtab_first(struct symtab *t); /* in order of first appearance */

/* ---- encode.c ---- */
struct reloc {
    enum asm_section section;
    uint32_t offset;
    struct symbol *sym;
    int32_t addend;
};
struct image {
    uint32_t *words[SEC_COUNT];
    uint32_t size[SEC_COUNT];
    uint32_t base[SEC_COUNT]; /* flat mode: address of each section's first word */
    bool no_sentinels;
    struct reloc *relocs;
    size_t nrelocs;
};
/* Encodes every statement. Flat mode: names become addresses (sections placed as in the
 * reference layout). Object mode: names become relocations. */
void encode_program(struct program *p, struct symtab *t, const uint32_t sizes[SEC_COUNT],
                    bool object, struct image *img);
/* Address (flat) of a statement's first word. */
uint32_t stmt_address(const struct image *img, const struct stmt *s);

/* ---- flat.c: flat output and listing ---- */
/* The flat program: code, 2 halts, data, 2 halts, bss zeros. Returns malloc'd words. */
uint32_t *flat_words(const struct image *img, size_t *count);
bool write_listing(const char *path, struct program *p, const struct image *img, bool object);

/* ---- object.c ---- */
bool write_object(const char *path, struct symtab *t, const struct image *img);

/* ---- disasm.c: the disassembler (used by qdasm) ---- */
/* Writes assembly for the flat program words[count] to out; it reassembles (flat mode)
 * to the same words. */
void disassemble(const uint32_t *words, size_t count, FILE *out);

#endif
