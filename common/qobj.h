/* qobj.h - relocatable QPU objects in memory, and their ELF32 form on disk
 * (docs/object-format.md). Written by `qasm -c`, read by `qld` and by `qvm --symbols`.
 *
 * Everything that is an address or an offset inside a section - symbol values,
 * relocation offsets, section addresses, the entry point - counts 32-bit *words*, the
 * machine's unit. Only file offsets and sh_size in the ELF file count bytes (4 per word).
 */
#ifndef QPU_QOBJ_H
#define QPU_QOBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EM_QPU 0x5150 /* private e_machine value: "QP" */

enum qobj_section { QSEC_TEXT, QSEC_RODATA, QSEC_DATA, QSEC_BSS, QSEC_COUNT };

#define QSYM_UNDEF (-1) /* symbol section: defined elsewhere */
#define QSYM_ABS   (-2) /* symbol section: absolute value */

enum qobj_reloc_type {
    R_QPU_NONE = 0,
    R_QPU_ABS32 = 1, /* word = S + A          (absolute word address) */
    R_QPU_REL32 = 2, /* word = S + A - P      (P = address of the relocated word) */
};

struct qobj_symbol {
    char *name;
    int section;    /* enum qobj_section, QSYM_UNDEF or QSYM_ABS */
    uint32_t value; /* word offset in the section (or the absolute value) */
    bool global;
    bool weak;      /* global with STB_WEAK binding: a weak definition or reference */
};

struct qobj_reloc {
    int section;     /* section holding the word to patch */
    uint32_t offset; /* word offset of that word in the section */
    uint32_t symbol; /* index into symbols */
    uint32_t type;   /* enum qobj_reloc_type */
    int32_t addend;
};

struct qobj {
    uint32_t *words[QSEC_COUNT]; /* contents (NULL for bss) */
    uint32_t size[QSEC_COUNT];   /* section sizes in words (bss too) */
    struct qobj_symbol *symbols;
    size_t nsymbols;
    struct qobj_reloc *relocs;
    size_t nrelocs;
    /* Executables only (written by qld --elf; all zero in relocatable objects): */
    bool executable;           /* ET_EXEC: sections placed at addr[], symbols absolute */
    uint32_t addr[QSEC_COUNT]; /* word address of each section */
    uint32_t entry;            /* word address where execution starts */
};

extern const char *const qobj_section_names[QSEC_COUNT]; /* ".text", ".rodata", ... */

/* Serialises o as an ELF32 little-endian ET_REL image (ET_EXEC if o->executable;
 * symbol values stay section-relative in memory, and become absolute in the file). */
bool qobj_write_elf(const struct qobj *o, const char *path);

/* The same image appended to out (for archives and tests). */
struct buf;
void qobj_to_elf(const struct qobj *o, struct buf *out);

/* Parses an ELF relocatable object (or a qld executable: o->executable set, symbol values
 * made section-relative again, o->addr[] filled) from memory. On failure returns false
 * and puts a reason ("not an ELF file", "corrupt symbol table", ...) in err. `o` must be
 * freed with qobj_free either way. */
bool qobj_read_elf(const unsigned char *data, size_t len, struct qobj *o, char *err,
                   size_t errlen);

void qobj_free(struct qobj *o);

/* Helpers for building objects in memory (tools and tests). Return the new index. */
size_t qobj_add_symbol(struct qobj *o, const char *name, int section, uint32_t value,
                       bool global);
size_t qobj_add_reloc(struct qobj *o, int section, uint32_t offset, uint32_t symbol,
                      uint32_t type, int32_t addend);
/* Index of the symbol called name, or -1. */
long qobj_find_symbol(const struct qobj *o, const char *name);

#endif
