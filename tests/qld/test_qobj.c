/* test_qobj.c - round trip of QPU objects through their ELF form: build objects in
 * memory with the qobj API, write them, read them back and compare field by field.
 * Usage: test_qobj OUTDIR (leaves rel.o and exec.elf there for readelf/nm checks).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qobj.h"
#include "util.h"

static int failures;

#define CHECK(cond)                                                                        \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);       \
            failures++;                                                                    \
        }                                                                                  \
    } while (0)

static void set_words(struct qobj *o, int sec, const uint32_t *w, uint32_t n)
{
    o->words[sec] = malloc(n * sizeof *w);
    memcpy(o->words[sec], w, n * sizeof *w);
    o->size[sec] = n;
}

/* A relocatable object using every feature: all sections, local/global/undefined/absolute
 * symbols (globals listed before locals, to exercise reordering), both relocation types. */
static void build_rel(struct qobj *o)
{
    memset(o, 0, sizeof *o);
    set_words(o, QSEC_TEXT, (const uint32_t[]){0x11, 0x22, 0, 0x44, 0}, 5);
    set_words(o, QSEC_RODATA, (const uint32_t[]){'h', 'i', 0}, 3);
    set_words(o, QSEC_DATA, (const uint32_t[]){7, 0}, 2);
    o->size[QSEC_BSS] = 10;
    qobj_add_symbol(o, "_start", QSEC_TEXT, 0, true);
    qobj_add_symbol(o, "loop", QSEC_TEXT, 3, false);
    qobj_add_symbol(o, "msg", QSEC_RODATA, 0, false);
    qobj_add_symbol(o, "counter", QSEC_DATA, 1, true);
    qobj_add_symbol(o, "buffer", QSEC_BSS, 2, true);
    qobj_add_symbol(o, "puts", QSYM_UNDEF, 0, true);
    qobj_add_symbol(o, "LIMIT", QSYM_ABS, 0x1234, true);
    qobj_add_symbol(o, "end_of_text", QSEC_TEXT, 5, false);
    qobj_add_reloc(o, QSEC_TEXT, 2, 5, R_QPU_ABS32, 0);
    qobj_add_reloc(o, QSEC_TEXT, 4, 1, R_QPU_REL32, -2);
    qobj_add_reloc(o, QSEC_DATA, 1, 2, R_QPU_ABS32, 1);
    qobj_add_reloc(o, QSEC_RODATA, 2, 4, R_QPU_ABS32, 0x7fffffff);
}

static void compare(const struct qobj *a, const struct qobj *b)
{
    for (int s = 0; s < QSEC_COUNT; s++) {
        CHECK(a->size[s] == b->size[s]);
        if (s != QSEC_BSS && a->size[s] == b->size[s] && a->size[s])
            CHECK(memcmp(a->words[s], b->words[s], a->size[s] * 4) == 0);
    }
    CHECK(a->nsymbols == b->nsymbols);
    CHECK(a->nrelocs == b->nrelocs);
    if (a->nsymbols != b->nsymbols || a->nrelocs != b->nrelocs)
        return;
    /* Symbols may be reordered (locals first): match by name. */
    for (size_t i = 0; i < a->nsymbols; i++) {
        long j = qobj_find_symbol(b, a->symbols[i].name);
        CHECK(j >= 0);
        if (j < 0)
            continue;
        CHECK(a->symbols[i].section == b->symbols[j].section);
        CHECK(a->symbols[i].value == b->symbols[j].value);
        CHECK(a->symbols[i].global == b->symbols[j].global ||
              a->symbols[i].section == QSYM_UNDEF);
    }
    /* Relocations keep their order within a section; compare by (section, offset). */
    for (size_t i = 0; i < a->nrelocs; i++) {
        const struct qobj_reloc *ra = &a->relocs[i];
        int found = 0;
        for (size_t k = 0; k < b->nrelocs; k++) {
            const struct qobj_reloc *rb = &b->relocs[k];
            if (rb->section == ra->section && rb->offset == ra->offset) {
                found = 1;
                CHECK(rb->type == ra->type);
                CHECK(rb->addend == ra->addend);
                CHECK(strcmp(b->symbols[rb->symbol].name, a->symbols[ra->symbol].name) == 0);
            }
        }
        CHECK(found);
    }
    CHECK(a->executable == b->executable);
    if (a->executable) {
        CHECK(a->entry == b->entry);
        for (int s = 0; s < QSEC_COUNT; s++)
            CHECK(a->addr[s] == b->addr[s]);
    }
}

static void round_trip(const struct qobj *o, const char *path)
{
    CHECK(qobj_write_elf(o, path));
    size_t len;
    char *data = read_file(path, &len);
    CHECK(data != NULL);
    if (!data)
        return;
    struct qobj back;
    char err[200];
    bool ok = qobj_read_elf((unsigned char *)data, len, &back, err, sizeof err);
    if (!ok)
        fprintf(stderr, "%s: %s\n", path, err);
    CHECK(ok);
    if (ok)
        compare(o, &back);
    qobj_free(&back);
    free(data);
}

static void test_empty(void)
{
    struct qobj o = {0}, back;
    struct buf b = {0};
    char err[200];
    qobj_to_elf(&o, &b);
    CHECK(qobj_read_elf(b.data, b.len, &back, err, sizeof err));
    CHECK(back.nsymbols == 0 && back.nrelocs == 0 && back.size[QSEC_TEXT] == 0);
    qobj_free(&back);
    buf_free(&b);
}

static void test_rejects(void)
{
    struct qobj o, back;
    char err[200];
    CHECK(!qobj_read_elf((const unsigned char *)"hello", 5, &back, err, sizeof err));
    CHECK(strcmp(err, "not an ELF file") == 0);
    qobj_free(&back);
    build_rel(&o);
    struct buf b = {0};
    qobj_to_elf(&o, &b);
    b.data[18] = 3; /* EM_386 */
    CHECK(!qobj_read_elf(b.data, b.len, &back, err, sizeof err));
    CHECK(strstr(err, "not a QPU object") != NULL);
    qobj_free(&back);
    CHECK(!qobj_read_elf(b.data, 30, &back, err, sizeof err));
    CHECK(strcmp(err, "truncated ELF header") == 0);
    qobj_free(&back);
    buf_free(&b);
    qobj_free(&o);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_qobj OUTDIR\n");
        return 2;
    }
    char path[4096];
    struct qobj o;
    build_rel(&o);
    snprintf(path, sizeof path, "%s/rel.o", argv[1]);
    round_trip(&o, path);

    o.executable = true;
    o.addr[QSEC_TEXT] = 0x1000;
    o.addr[QSEC_RODATA] = 0x1005;
    o.addr[QSEC_DATA] = 0x1008;
    o.addr[QSEC_BSS] = 0x100a;
    o.entry = 0x1000;
    free(o.relocs);
    o.relocs = NULL;
    o.nrelocs = 0;
    o.symbols[5].section = QSYM_ABS; /* executables have no undefined symbols */
    snprintf(path, sizeof path, "%s/exec.elf", argv[1]);
    round_trip(&o, path);
    qobj_free(&o);

    test_empty();
    test_rejects();
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    return failures != 0;
}
