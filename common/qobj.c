/* qobj.c - QPU objects in memory and their ELF32 little-endian form on disk
 * (docs/object-format.md): building, writing, and reading with full validation.
 *
 * File layout written: ELF header, section contents (each 4-byte aligned), section
 * headers. Section indexes are fixed: 1 .text, 2 .rodata, 3 .data, 4 .bss, 5 .symtab,
 * 6 .strtab, 7 .shstrtab, then one .rela.<sec> per section that has relocations. The
 * reader does not rely on that order; it finds sections by name and checks every offset,
 * size and index before using it.
 */
#include "qobj.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const char *const qobj_section_names[QSEC_COUNT] = {".text", ".rodata", ".data", ".bss"};

/* ELF constants used here (from the System V ABI). */
enum {
    EHDR_SIZE = 52, SHDR_SIZE = 40, SYM_SIZE = 16, RELA_SIZE = 12,
    ET_REL = 1, ET_EXEC = 2, EV_CURRENT = 1,
    SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4,
    SHT_NOBITS = 8, SHT_REL = 9,
    SHF_WRITE = 0x1, SHF_ALLOC = 0x2, SHF_EXECINSTR = 0x4, SHF_INFO_LINK = 0x40,
    SHN_UNDEF = 0, SHN_LORESERVE = 0xff00, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2,
    STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2,
    STT_NOTYPE = 0,
};
enum { SEC_SYMTAB = QSEC_COUNT + 1, SEC_STRTAB, SEC_SHSTRTAB, SEC_FIRST_RELA };

/* ---- building ---- */

size_t qobj_add_symbol(struct qobj *o, const char *name, int section, uint32_t value,
                       bool global)
{
    o->symbols = xrealloc(o->symbols, (o->nsymbols + 1) * sizeof *o->symbols);
    o->symbols[o->nsymbols] = (struct qobj_symbol){xstrdup(name), section, value, global, false};
    return o->nsymbols++;
}

size_t qobj_add_reloc(struct qobj *o, int section, uint32_t offset, uint32_t symbol,
                      uint32_t type, int32_t addend)
{
    o->relocs = xrealloc(o->relocs, (o->nrelocs + 1) * sizeof *o->relocs);
    o->relocs[o->nrelocs] = (struct qobj_reloc){section, offset, symbol, type, addend};
    return o->nrelocs++;
}

long qobj_find_symbol(const struct qobj *o, const char *name)
{
    for (size_t i = 0; i < o->nsymbols; i++)
        if (strcmp(o->symbols[i].name, name) == 0)
            return (long)i;
    return -1;
}

void qobj_free(struct qobj *o)
{
    for (int s = 0; s < QSEC_COUNT; s++)
        free(o->words[s]);
    for (size_t i = 0; i < o->nsymbols; i++)
        free(o->symbols[i].name);
    free(o->symbols);
    free(o->relocs);
    memset(o, 0, sizeof *o);
}

/* ---- writing ---- */

struct shdr {
    uint32_t name, type, flags, addr, offset, size, link, info, align, entsize;
};

static void pad4(struct buf *b)
{
    static const unsigned char zero[4];
    buf_append(b, zero, (4 - b->len % 4) % 4);
}

static uint32_t add_string(struct buf *strtab, const char *s)
{
    uint32_t at = (uint32_t)strtab->len;
    buf_append(strtab, s, strlen(s) + 1);
    return at;
}

/* ELF wants local symbols first: elf_index[i] is the ELF index of qobj symbol i.
 * Undefined symbols are always global. Returns the index of the first global. */
static bool is_global(const struct qobj_symbol *s)
{
    return s->global || s->section == QSYM_UNDEF;
}

static uint32_t order_symbols(const struct qobj *o, uint32_t *elf_index)
{
    uint32_t next = 1, first_global = 1;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            first_global = next;
        for (size_t i = 0; i < o->nsymbols; i++)
            if (is_global(&o->symbols[i]) == (pass == 1))
                elf_index[i] = next++;
    }
    return first_global;
}

static void put_symbol(unsigned char *e, const struct qobj *o, const struct qobj_symbol *s,
                       uint32_t name)
{
    uint32_t shndx = s->section == QSYM_UNDEF ? SHN_UNDEF
                     : s->section == QSYM_ABS ? SHN_ABS
                                              : (uint32_t)s->section + 1;
    uint32_t type = STT_NOTYPE; /* a label does not say whether it is code or data */
    uint32_t value = s->value;
    if (o->executable && s->section >= 0)
        value += o->addr[s->section];
    put_u32le(e, name);
    put_u32le(e + 4, value);
    put_u32le(e + 8, 0); /* st_size: unknown */
    unsigned bind = !is_global(s) ? STB_LOCAL : s->weak ? STB_WEAK : STB_GLOBAL;
    e[12] = (unsigned char)(bind << 4 | type);
    e[13] = 0;
    e[14] = (unsigned char)shndx;
    e[15] = (unsigned char)(shndx >> 8);
}

static void build_symtab(const struct qobj *o, const uint32_t *elf_index, struct buf *symtab,
                         struct buf *strtab)
{
    size_t n = o->nsymbols + 1;
    buf_reserve(symtab, n * SYM_SIZE);
    memset(symtab->data, 0, n * SYM_SIZE);
    symtab->len = n * SYM_SIZE;
    add_string(strtab, "");
    for (size_t i = 0; i < o->nsymbols; i++)
        put_symbol(symtab->data + elf_index[i] * SYM_SIZE, o, &o->symbols[i],
                   add_string(strtab, o->symbols[i].name));
}

static void build_rela(const struct qobj *o, int sec, const uint32_t *elf_index,
                       struct buf *out)
{
    for (size_t i = 0; i < o->nrelocs; i++) {
        const struct qobj_reloc *r = &o->relocs[i];
        if (r->section != sec)
            continue;
        uint32_t sym = r->symbol < o->nsymbols ? elf_index[r->symbol] : 0;
        buf_put_u32le(out, r->offset);
        buf_put_u32le(out, sym << 8 | (r->type & 0xff));
        buf_put_u32le(out, (uint32_t)r->addend);
    }
}

static void put_header(struct buf *out, const struct qobj *o, uint32_t shoff, uint32_t shnum)
{
    unsigned char h[EHDR_SIZE] = {0x7f, 'E', 'L', 'F', 1 /* 32-bit */, 1 /* LE */, EV_CURRENT};
    h[16] = o->executable ? ET_EXEC : ET_REL;
    h[18] = EM_QPU & 0xff;
    h[19] = EM_QPU >> 8;
    put_u32le(h + 20, EV_CURRENT);
    put_u32le(h + 24, o->executable ? o->entry : 0);
    put_u32le(h + 32, shoff);
    h[40] = EHDR_SIZE;    /* e_ehsize */
    h[46] = SHDR_SIZE;    /* e_shentsize */
    h[48] = (unsigned char)shnum;
    h[50] = SEC_SHSTRTAB; /* e_shstrndx */
    memcpy(out->data, h, sizeof h);
}

static void put_shdr(struct buf *out, const struct shdr *s)
{
    const uint32_t f[] = {s->name, s->type,  s->flags, s->addr,  s->offset,
                          s->size, s->link,  s->info,  s->align, s->entsize};
    for (size_t i = 0; i < 10; i++)
        buf_put_u32le(out, f[i]);
}

/* Appends a section's bytes to out and fills in its header's offset and size. */
static void place(struct buf *out, struct shdr *h, const void *data, size_t len)
{
    pad4(out);
    h->offset = (uint32_t)out->len;
    h->size = (uint32_t)len;
    buf_append(out, data, len);
}

static const uint32_t content_flags[QSEC_COUNT] = {
    SHF_ALLOC | SHF_EXECINSTR, SHF_ALLOC, SHF_ALLOC | SHF_WRITE, SHF_ALLOC | SHF_WRITE};

/* State while an image is assembled. */
struct writer {
    const struct qobj *o;
    struct buf elf, shstr;
    struct shdr sh[SEC_FIRST_RELA + QSEC_COUNT];
    uint32_t shnum;
    uint32_t *elf_index; /* ELF symbol index of each qobj symbol */
};

static void write_contents(struct writer *w)
{
    const struct qobj *o = w->o;
    for (int s = 0; s < QSEC_COUNT; s++) {
        struct shdr *h = &w->sh[s + 1];
        h->name = add_string(&w->shstr, qobj_section_names[s]);
        h->type = s == QSEC_BSS ? SHT_NOBITS : SHT_PROGBITS;
        h->flags = content_flags[s];
        h->addr = o->executable ? o->addr[s] : 0;
        h->align = 4;
        if (s == QSEC_BSS) {
            place(&w->elf, h, NULL, 0);
            h->size = o->size[s] * 4; /* NOBITS: a size without file bytes */
            continue;
        }
        struct buf words = {0};
        for (uint32_t i = 0; i < o->size[s]; i++)
            buf_put_u32le(&words, o->words[s] ? o->words[s][i] : 0);
        place(&w->elf, h, words.data, words.len);
        buf_free(&words);
    }
}

static void write_symbols(struct writer *w)
{
    struct buf symtab = {0}, strtab = {0};
    uint32_t first_global = order_symbols(w->o, w->elf_index);
    build_symtab(w->o, w->elf_index, &symtab, &strtab);
    w->sh[SEC_SYMTAB] = (struct shdr){.name = add_string(&w->shstr, ".symtab"),
                                      .type = SHT_SYMTAB, .link = SEC_STRTAB,
                                      .info = first_global, .align = 4, .entsize = SYM_SIZE};
    place(&w->elf, &w->sh[SEC_SYMTAB], symtab.data, symtab.len);
    w->sh[SEC_STRTAB] = (struct shdr){.name = add_string(&w->shstr, ".strtab"),
                                      .type = SHT_STRTAB, .align = 1};
    place(&w->elf, &w->sh[SEC_STRTAB], strtab.data, strtab.len);
    buf_free(&symtab);
    buf_free(&strtab);
}

static void write_relocs(struct writer *w)
{
    w->shnum = SEC_FIRST_RELA;
    for (int s = 0; s < QSEC_COUNT; s++) {
        struct buf rela = {0};
        build_rela(w->o, s, w->elf_index, &rela);
        if (rela.len == 0)
            continue;
        char name[32];
        snprintf(name, sizeof name, ".rela%s", qobj_section_names[s]);
        w->sh[w->shnum] = (struct shdr){.name = add_string(&w->shstr, name),
                                        .type = SHT_RELA, .flags = SHF_INFO_LINK,
                                        .link = SEC_SYMTAB, .info = (uint32_t)s + 1,
                                        .align = 4, .entsize = RELA_SIZE};
        place(&w->elf, &w->sh[w->shnum++], rela.data, rela.len);
        buf_free(&rela);
    }
}

void qobj_to_elf(const struct qobj *o, struct buf *out)
{
    struct writer w = {.o = o, .elf_index = xcalloc(o->nsymbols + 1, sizeof(uint32_t))};
    static const unsigned char no_header[EHDR_SIZE];
    buf_append(&w.elf, no_header, EHDR_SIZE); /* filled in last */
    add_string(&w.shstr, "");
    write_contents(&w);
    write_symbols(&w);
    write_relocs(&w);
    w.sh[SEC_SHSTRTAB] = (struct shdr){.name = add_string(&w.shstr, ".shstrtab"),
                                       .type = SHT_STRTAB, .align = 1};
    place(&w.elf, &w.sh[SEC_SHSTRTAB], w.shstr.data, w.shstr.len);

    pad4(&w.elf);
    uint32_t shoff = (uint32_t)w.elf.len;
    for (uint32_t i = 0; i < w.shnum; i++)
        put_shdr(&w.elf, &w.sh[i]);
    put_header(&w.elf, o, shoff, w.shnum);
    buf_append(out, w.elf.data, w.elf.len);
    buf_free(&w.elf);
    buf_free(&w.shstr);
    free(w.elf_index);
}

bool qobj_write_elf(const struct qobj *o, const char *path)
{
    struct buf b = {0};
    qobj_to_elf(o, &b);
    bool ok = write_file(path, b.data, b.len);
    buf_free(&b);
    return ok;
}

/* ---- reading ---- */

struct reader {
    const unsigned char *data;
    size_t len;
    uint32_t shnum;
    const unsigned char *shdrs;
    const char *shstr; /* section name table, NUL-terminated (checked) */
    uint32_t shstr_size;
    int content[QSEC_COUNT]; /* ELF index of each content section, 0 if absent */
    char *err;
    size_t errlen;
};

/* Formats the reason; bytes from a corrupt file that are not printable become '?'. */
static bool fail(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(struct reader *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err, r->errlen, fmt, ap);
    va_end(ap);
    for (char *p = r->err; r->errlen && *p; p++)
        if ((unsigned char)*p < ' ' || (unsigned char)*p >= 0x7f)
            *p = '?';
    return false;
}

static uint16_t get_u16le(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

static struct shdr get_shdr(const struct reader *r, uint32_t i)
{
    const unsigned char *p = r->shdrs + (size_t)i * SHDR_SIZE;
    return (struct shdr){get_u32le(p),      get_u32le(p + 4),  get_u32le(p + 8),
                         get_u32le(p + 12), get_u32le(p + 16), get_u32le(p + 20),
                         get_u32le(p + 24), get_u32le(p + 28), get_u32le(p + 32),
                         get_u32le(p + 36)};
}

static bool in_file(const struct reader *r, uint32_t offset, uint32_t size)
{
    return (uint64_t)offset + size <= r->len;
}

static bool check_header(struct reader *r, bool *exec, uint32_t *entry)
{
    const unsigned char *h = r->data;
    if (r->len < 4 || memcmp(h, "\x7f" "ELF", 4) != 0)
        return fail(r, "not an ELF file");
    if (r->len < EHDR_SIZE)
        return fail(r, "truncated ELF header");
    if (h[4] != 1 || h[5] != 1)
        return fail(r, "not a 32-bit little-endian ELF file");
    uint16_t type = get_u16le(h + 16);
    if (h[6] != EV_CURRENT || get_u32le(h + 20) != EV_CURRENT)
        return fail(r, "unknown ELF version");
    if (get_u16le(h + 18) != EM_QPU)
        return fail(r, "not a QPU object (e_machine 0x%x)", get_u16le(h + 18));
    if (type != ET_REL && type != ET_EXEC)
        return fail(r, "not a relocatable object or executable (e_type %u)", type);
    *exec = type == ET_EXEC;
    *entry = get_u32le(h + 24);
    uint32_t shoff = get_u32le(h + 32);
    r->shnum = get_u16le(h + 48);
    uint32_t shstrndx = get_u16le(h + 50);
    if (r->shnum == 0)
        return fail(r, "no section headers");
    if (get_u16le(h + 46) != SHDR_SIZE)
        return fail(r, "bad section header size %u", get_u16le(h + 46));
    if (!in_file(r, shoff, r->shnum * SHDR_SIZE))
        return fail(r, "section headers lie outside the file");
    r->shdrs = r->data + shoff;
    if (shstrndx == SHN_UNDEF || shstrndx >= r->shnum)
        return fail(r, "bad section name table index %u", shstrndx);
    struct shdr s = get_shdr(r, shstrndx);
    if (s.type != SHT_STRTAB || !in_file(r, s.offset, s.size) || s.size == 0 ||
        r->data[s.offset + s.size - 1] != '\0')
        return fail(r, "corrupt section name table");
    r->shstr = (const char *)r->data + s.offset;
    r->shstr_size = s.size;
    return true;
}

static int content_by_name(const char *name)
{
    for (int s = 0; s < QSEC_COUNT; s++)
        if (strcmp(name, qobj_section_names[s]) == 0)
            return s;
    return -1;
}

/* Checks every section header; finds the content sections and the symbol table. */
static bool scan_sections(struct reader *r, uint32_t *symtab_index)
{
    *symtab_index = 0;
    for (uint32_t i = 1; i < r->shnum; i++) {
        struct shdr h = get_shdr(r, i);
        if (h.name >= r->shstr_size)
            return fail(r, "section %u: bad name offset", i);
        const char *name = r->shstr + h.name;
        if (h.type != SHT_NOBITS && h.type != SHT_NULL && !in_file(r, h.offset, h.size))
            return fail(r, "section '%s' lies outside the file", name);
        int s = content_by_name(name);
        if (s >= 0) {
            if (r->content[s])
                return fail(r, "duplicate section '%s'", name);
            if (h.type != (s == QSEC_BSS ? SHT_NOBITS : SHT_PROGBITS))
                return fail(r, "section '%s' has the wrong type %u", name, h.type);
            if (h.size % 4)
                return fail(r, "section '%s' size %u is not a whole number of words", name,
                            h.size);
            r->content[s] = (int)i;
        } else if (h.type == SHT_SYMTAB) {
            if (*symtab_index)
                return fail(r, "more than one symbol table");
            *symtab_index = i;
        } else if (h.type == SHT_REL) {
            return fail(r, "section '%s': REL relocations are not supported (use RELA)",
                        name);
        } else if ((h.flags & SHF_ALLOC) && h.type != SHT_NULL) {
            return fail(r, "unsupported section '%s'", name);
        }
    }
    return true;
}

static bool read_contents(struct reader *r, struct qobj *o)
{
    for (int s = 0; s < QSEC_COUNT; s++) {
        if (!r->content[s])
            continue;
        struct shdr h = get_shdr(r, (uint32_t)r->content[s]);
        o->size[s] = h.size / 4;
        o->addr[s] = h.addr;
        if (s == QSEC_BSS)
            continue;
        o->words[s] = xcalloc(o->size[s] ? o->size[s] : 1, sizeof(uint32_t));
        for (uint32_t w = 0; w < o->size[s]; w++)
            o->words[s][w] = get_u32le(r->data + h.offset + 4 * w);
    }
    return true;
}

/* Maps an ELF section index to a qobj section (or QSYM_UNDEF/QSYM_ABS); -3 if invalid. */
static int section_of_index(const struct reader *r, uint32_t shndx)
{
    if (shndx == SHN_UNDEF)
        return QSYM_UNDEF;
    if (shndx == SHN_ABS)
        return QSYM_ABS;
    for (int s = 0; s < QSEC_COUNT; s++)
        if (r->content[s] && (uint32_t)r->content[s] == shndx)
            return s;
    return -3;
}

static bool read_symbol(struct reader *r, struct qobj *o, const unsigned char *e,
                        const char *strs, uint32_t strsize, uint32_t i)
{
    uint32_t name = get_u32le(e), value = get_u32le(e + 4);
    unsigned bind = e[12] >> 4, type = e[12] & 0xf;
    uint32_t shndx = get_u16le(e + 14);
    if (name >= strsize)
        return fail(r, "symbol %u: bad name offset", i);
    if (bind != STB_LOCAL && bind != STB_GLOBAL && bind != STB_WEAK)
        return fail(r, "symbol '%s': unknown binding %u", strs + name, bind);
    if (shndx == SHN_COMMON)
        return fail(r, "symbol '%s': common symbols are not supported", strs + name);
    int sec = section_of_index(r, shndx);
    if (sec == -3)
        return fail(r, "symbol '%s': bad section index %u", strs + name, shndx);
    if (sec >= 0 && o->executable) {
        if (value < o->addr[sec])
            return fail(r, "symbol '%s' lies before its section", strs + name);
        value -= o->addr[sec];
    }
    if (sec >= 0 && value > o->size[sec])
        return fail(r, "symbol '%s': value 0x%x lies outside section '%s'", strs + name,
                    value, qobj_section_names[sec]);
    if (sec == QSYM_UNDEF && bind == STB_LOCAL)
        return fail(r, "symbol '%s': undefined local symbol", strs + name);
    (void)type;
    size_t k = qobj_add_symbol(o, strs + name, sec, value, bind != STB_LOCAL);
    o->symbols[k].weak = bind == STB_WEAK;
    return true;
}

static bool read_symbols(struct reader *r, struct qobj *o, uint32_t index)
{
    if (!index)
        return true;
    struct shdr h = get_shdr(r, index);
    if (h.entsize != SYM_SIZE || h.size % SYM_SIZE || h.size == 0)
        return fail(r, "corrupt symbol table (entry size %u, size %u)", h.entsize, h.size);
    if (h.link == 0 || h.link >= r->shnum)
        return fail(r, "symbol table has a bad string table index %u", h.link);
    struct shdr st = get_shdr(r, h.link);
    if (st.type != SHT_STRTAB || st.size == 0 || r->data[st.offset + st.size - 1] != '\0')
        return fail(r, "corrupt symbol string table");
    const char *strs = (const char *)r->data + st.offset;
    for (uint32_t i = 1; i < h.size / SYM_SIZE; i++)
        if (!read_symbol(r, o, r->data + h.offset + (size_t)i * SYM_SIZE, strs, st.size, i))
            return false;
    return true;
}

static bool read_rela_section(struct reader *r, struct qobj *o, struct shdr h,
                              uint32_t symtab, const char *name)
{
    if (h.entsize != RELA_SIZE || h.size % RELA_SIZE)
        return fail(r, "section '%s': corrupt relocations", name);
    if (h.link != symtab || symtab == 0)
        return fail(r, "section '%s': relocations do not use the symbol table", name);
    int sec = section_of_index(r, h.info);
    if (sec < 0 || sec == QSEC_BSS)
        return fail(r, "section '%s': relocates a bad section index %u", name, h.info);
    for (uint32_t i = 0; i < h.size / RELA_SIZE; i++) {
        const unsigned char *e = r->data + h.offset + (size_t)i * RELA_SIZE;
        uint32_t offset = get_u32le(e), info = get_u32le(e + 4), sym = info >> 8;
        uint32_t type = info & 0xff;
        if (offset >= o->size[sec])
            return fail(r, "section '%s': relocation %u at 0x%x is outside '%s'", name, i,
                        offset, qobj_section_names[sec]);
        if (sym == 0 || sym > o->nsymbols)
            return fail(r, "section '%s': relocation %u has bad symbol index %u", name, i,
                        sym);
        if (type == R_QPU_NONE)
            continue;
        if (type != R_QPU_ABS32 && type != R_QPU_REL32)
            return fail(r, "section '%s': unknown relocation type %u", name, type);
        qobj_add_reloc(o, sec, offset, sym - 1, type, (int32_t)get_u32le(e + 8));
    }
    return true;
}

static bool read_relocs(struct reader *r, struct qobj *o, uint32_t symtab)
{
    for (uint32_t i = 1; i < r->shnum; i++) {
        struct shdr h = get_shdr(r, i);
        if (h.type == SHT_RELA && !read_rela_section(r, o, h, symtab, r->shstr + h.name))
            return false;
    }
    return true;
}

bool qobj_read_elf(const unsigned char *data, size_t len, struct qobj *o, char *err,
                   size_t errlen)
{
    struct reader r = {.data = data, .len = len, .err = err, .errlen = errlen};
    uint32_t symtab;
    memset(o, 0, sizeof *o);
    if (errlen)
        err[0] = '\0';
    if (!check_header(&r, &o->executable, &o->entry) || !scan_sections(&r, &symtab) ||
        !read_contents(&r, o) || !read_symbols(&r, o, symtab) || !read_relocs(&r, o, symtab))
        return false;
    if (!o->executable)
        o->entry = 0;
    return true;
}
