/* symbols.h - symbol tables for naming addresses (`qvm --symbols FILE`): read from a
 * map file written by `qld --map` (lines "0x%08x %c %s": word address, nm-style type
 * letter, name; other lines ignored) or from an ELF executable's symbol table. */
#ifndef QVM_SYMBOLS_H
#define QVM_SYMBOLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct vm_symbol {
    uint32_t addr;
    char type; /* T t R r D d B b A a */
    char *name;
};

struct vm_symbols {
    struct vm_symbol *sym; /* sorted by address */
    size_t n, cap;
};

/* Loads FILE (ELF if it starts with the ELF magic, else a map file). NULL with a reason
 * in err on failure. */
struct vm_symbols *symbols_load(const char *path, char *err, size_t errlen);
/* Parsers on memory, for the loader and the tests. */
bool symbols_parse_map(struct vm_symbols *s, const char *text, size_t len, char *err,
                       size_t errlen);
bool symbols_parse_elf(struct vm_symbols *s, const unsigned char *data, size_t len,
                       char *err, size_t errlen);
void symbols_add(struct vm_symbols *s, uint32_t addr, char type, const char *name,
                 size_t name_len);
void symbols_sort(struct vm_symbols *s);
void symbols_free(struct vm_symbols *s);

/* Address of the symbol called name. */
bool symbols_find(const struct vm_symbols *s, const char *name, uint32_t *addr);
/* The symbol at or below addr (code and data symbols; absolute ones only if exact). */
const struct vm_symbol *symbols_near(const struct vm_symbols *s, uint32_t addr);

#endif
