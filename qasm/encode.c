/* encode.c - turns checked statements into words, section by section. In flat mode names
 * become addresses in the reference layout (code at 0x1000, two halts, data, two halts,
 * bss); in object mode (-c) each name becomes an R_QPU_ABS32 relocation. */
#include "asm.h"
#include "isa.h"
#include "util.h"

#include <string.h>

struct encoder {
    struct symtab *syms;
    struct image *img;
    bool object;
    size_t reloc_cap;
};

static void add_reloc(struct encoder *e, enum asm_section sec, uint32_t off,
                      struct symbol *sym, uint32_t addend)
{
    struct image *img = e->img;
    if (img->nrelocs == e->reloc_cap) {
        e->reloc_cap = e->reloc_cap ? 2 * e->reloc_cap : 64;
        struct reloc *r = arena_alloc(e->reloc_cap * sizeof *r);
        if (img->nrelocs)
            memcpy(r, img->relocs, img->nrelocs * sizeof *r);
        img->relocs = r;
    }
    img->relocs[img->nrelocs++] = (struct reloc){sec, off, sym, (int32_t)addend};
}

uint32_t stmt_address(const struct image *img, const struct stmt *s)
{
    return img->base[s->section] + s->offset;
}

/* The word for a name operand at (sec, off): an address, or 0 plus a relocation. */
static uint32_t name_value(struct encoder *e, const struct operand *op,
                           enum asm_section sec, uint32_t off)
{
    struct symbol *a = symtab_find(e->syms, op->name);
    if (op->kind == OPND_DIFF) {
        struct symbol *b = symtab_find(e->syms, op->name2);
        if (!a || !b || !a->def || !b->def) {
            if (e->object)
                diag_error_at(op->loc, "both names of a difference must be defined in this file");
            return 0;
        }
        if (e->object && a->def->section != b->def->section) {
            diag_error_at(op->loc, "%s and %s are in different sections; their difference "
                          "is not a constant", name_display(a->name), name_display(b->name));
            return 0;
        }
        return stmt_address(e->img, a->def) - stmt_address(e->img, b->def);
    }
    if (!a)
        return 0;
    if (e->object) {
        add_reloc(e, sec, off, a, op->value);
        return 0;
    }
    return a->def ? stmt_address(e->img, a->def) + op->value : 0;
}

/* Writes the words of one value operand at (sec, off); returns how many. */
static uint32_t put_value(struct encoder *e, const struct operand *op, enum asm_section sec,
                          uint32_t off)
{
    uint32_t *w = e->img->words[sec] + off;
    switch (op->kind) {
    case OPND_NUM: case OPND_FLOAT: case OPND_REG:
        *w = op->value;
        return 1;
    case OPND_NAME: case OPND_DIFF:
        *w = name_value(e, op, sec, off);
        return 1;
    case OPND_STRING:
        memcpy(w, op->chars, op->nchars * sizeof *w);
        return (uint32_t)op->nchars;
    }
    return 0;
}

static void encode_stmt(struct encoder *e, struct stmt *s)
{
    enum asm_section sec = s->section;
    uint32_t off = s->offset;
    if (!s->nwords || s->zero_fill || sec == SEC_BSS)
        return;
    uint32_t *w = e->img->words[sec];
    if (s->kind == ST_INSN) {
        if (s->opcode < 0)
            return;
        w[off] = qpu_encode((unsigned)s->opcode, s->regs[0], s->regs[1], s->regs[2]);
        if (s->imm)
            put_value(e, s->imm, sec, off + 1);
    } else if (s->kind == ST_DATA && s->imm && s->imm->kind == OPND_STRING) {
        w[off] = (uint32_t)s->imm->nchars;
        put_value(e, s->imm, sec, off + 1);
    } else {
        for (struct operand *op = s->imm; op; op = op->next)
            off += put_value(e, op, sec, off);
    }
}

void encode_program(struct program *p, struct symtab *t, const uint32_t sizes[SEC_COUNT],
                    bool object, struct image *img)
{
    memset(img, 0, sizeof *img);
    for (int i = 0; i < SEC_COUNT; i++) {
        img->size[i] = sizes[i];
        if (i != SEC_BSS)
            img->words[i] = arena_alloc((size_t)sizes[i] * sizeof(uint32_t));
    }
    if (!object) {
        uint32_t halts = p->no_sentinels ? 0 : 2;
        img->no_sentinels = p->no_sentinels;
        img->base[SEC_TEXT] = QASM_BASE;
        img->base[SEC_DATA] = QASM_BASE + sizes[SEC_TEXT] + halts;
        img->base[SEC_RODATA] = img->base[SEC_DATA];
        img->base[SEC_BSS] = img->base[SEC_DATA] + sizes[SEC_DATA] + halts;
    }
    struct encoder e = {.syms = t, .img = img, .object = object};
    for (struct stmt *s = p->first; s; s = s->next)
        encode_stmt(&e, s);
}
