/* qld.h - the linker's internal interface, one section per source file.
 *
 * Pipeline (main.c): load inputs in command-line order, pulling archive members that
 * define undefined symbols (load.c, symtab.c) -> check every reference is defined ->
 * lay out sections with the entry first (layout.c) -> merge contents and apply
 * relocations (relocate.c) -> write .qbin, ELF executable and map (output.c).
 *
 * Memory policy: everything hangs off struct linker and is freed by linker_free.
 */
#ifndef QLD_H
#define QLD_H

/* The largest object or archive qld reads, in bytes (1 GB: a quarter of the largest qvm
 * machine, 1 G words); anything bigger is refused before it is read. */
#define QLD_INPUT_LIMIT ((size_t)1 << 30)

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "qobj.h"

/* One object taking part in the link. */
struct input {
    char *name; /* "a.o" or "libx.a(b.o)", for messages */
    struct qobj obj;
    uint32_t base[QSEC_COUNT]; /* final word address of each of its sections */
};

/* Global symbol table entry. */
enum { DEF_UNDEFINED = -1, DEF_LINKER = -2 };
struct gsym {
    char *name;     /* NULL: free slot */
    long input;     /* defining input, DEF_UNDEFINED or DEF_LINKER */
    size_t sym;     /* index in that input's symbols */
    uint32_t value; /* DEF_LINKER: the address */
    bool weak_def;  /* the definition is weak: a strong one replaces it */
    bool strong_ref; /* some object refers to it without STB_WEAK (archives may supply it) */
};

struct options {
    const char *output, *map, *elf, *entry;
    uint32_t base;
    char **files;
    int nfiles;
};

struct linker {
    struct options opt;
    struct input *inputs;
    size_t ninputs;
    struct gsym *table; /* open addressing, power-of-two size */
    size_t table_size, table_used, undefined;
    size_t *order;            /* inputs in layout order (the entry's first) */
    struct qobj out;          /* the linked program: merged sections, all symbols */
};

/* symtab.c */
struct gsym *symtab_lookup(struct linker *ld, const char *name);
struct gsym *symtab_insert(struct linker *ld, const char *name);
/* Adds input ld->inputs[i]'s definitions and references; false on a duplicate. */
bool symtab_add_input(struct linker *ld, size_t i);
/* True if obj defines a global that is currently referenced (not only weakly) but
 * undefined. */
bool symtab_wanted(struct linker *ld, const struct qobj *obj);
/* Defines __bss_start, __bss_end and _end unless an object did (values come later). */
void symtab_provide(struct linker *ld);
/* Reports every reference to a symbol no input defines (weak references may stay
 * undefined: their address is 0); false if there was one. */
bool symtab_check_undefined(struct linker *ld);
void symtab_free(struct linker *ld);

/* load.c */
/* Loads one command-line file: an object, or an archive whose needed members are pulled. */
bool load_file(struct linker *ld, const char *path);

/* layout.c */
/* Orders inputs, assigns addresses, fixes the linker-provided symbols' values. */
bool layout(struct linker *ld);
/* Final word address of symbol `sym` of input i (undefined ones and overridden weak
 * definitions through the table). */
uint32_t symbol_address(struct linker *ld, size_t i, size_t sym);

/* relocate.c */
/* Merges section contents into ld->out and applies every relocation. */
bool relocate(struct linker *ld);

/* output.c */
bool write_qbin(struct linker *ld, const char *path);
bool write_map(struct linker *ld, const char *path);
bool write_elf(struct linker *ld, const char *path);
/* Fills ld->out's symbol table from every input (for the map and the ELF file). */
void collect_symbols(struct linker *ld);

#endif
