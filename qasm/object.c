/* object.c - `qasm -c` output: the encoded sections, symbols and relocations as an ELF32
 * relocatable object through common/qobj.h (format: docs/object-format.md). */
#include "asm.h"
#include "qobj.h"
#include "util.h"

#include <string.h>

_Static_assert((int)SEC_TEXT == QSEC_TEXT && (int)SEC_RODATA == QSEC_RODATA &&
               (int)SEC_DATA == QSEC_DATA && (int)SEC_BSS == QSEC_BSS,
               "qasm sections and qobj sections are numbered alike");

static void add_symbols(struct qobj *o, struct symtab *t)
{
    for (struct symbol *s = symtab_first(t); s; s = s->next_in_order) {
        if (!s->def && !s->global)
            continue; /* e.g. a name only mentioned in an error */
        int sec = s->def ? (int)s->def->section : QSYM_UNDEF;
        uint32_t value = s->def ? s->def->offset : 0;
        s->index = (uint32_t)qobj_add_symbol(o, s->name, sec, value, s->global || !s->def);
        o->symbols[s->index].weak = s->weak;
    }
}

bool write_object(const char *path, struct symtab *t, const struct image *img)
{
    struct qobj o = {0};
    for (int i = 0; i < SEC_COUNT; i++) {
        o.size[i] = img->size[i];
        if (i != SEC_BSS) {
            o.words[i] = xmalloc((img->size[i] ? img->size[i] : 1) * sizeof(uint32_t));
            memcpy(o.words[i], img->words[i], img->size[i] * sizeof(uint32_t));
        }
    }
    add_symbols(&o, t);
    for (size_t i = 0; i < img->nrelocs; i++) {
        const struct reloc *r = &img->relocs[i];
        qobj_add_reloc(&o, (int)r->section, r->offset, r->sym->index, R_QPU_ABS32, r->addend);
    }
    struct buf elf = {0};
    qobj_to_elf(&o, &elf);
    bool ok = write_file(path, elf.data, elf.len);
    buf_free(&elf);
    qobj_free(&o);
    return ok;
}
