/* test_fuzz.c - truncates and flips bytes of a valid object and of a valid archive and
 * feeds every variant to qobj_read_elf / ar_read: each must either succeed (and then
 * survive a write/read round trip) or fail with a reason; never crash (run under ASan).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ar.h"
#include "qobj.h"
#include "util.h"

static int failures;
static unsigned long accepted, rejected;

static void build_object(struct buf *out)
{
    struct qobj o = {0};
    static const uint32_t text[] = {0x05000000, 0, 0x14000000, 0};
    o.words[QSEC_TEXT] = malloc(sizeof text);
    memcpy(o.words[QSEC_TEXT], text, sizeof text);
    o.size[QSEC_TEXT] = 4;
    o.words[QSEC_DATA] = calloc(2, sizeof(uint32_t));
    o.size[QSEC_DATA] = 2;
    o.size[QSEC_BSS] = 8;
    qobj_add_symbol(&o, "_start", QSEC_TEXT, 0, true);
    qobj_add_symbol(&o, "local", QSEC_DATA, 1, false);
    qobj_add_symbol(&o, "ext", QSYM_UNDEF, 0, true);
    qobj_add_reloc(&o, QSEC_TEXT, 1, 2, R_QPU_ABS32, 0);
    qobj_add_reloc(&o, QSEC_TEXT, 3, 1, R_QPU_REL32, 0);
    qobj_add_reloc(&o, QSEC_DATA, 0, 0, R_QPU_ABS32, 3);
    qobj_to_elf(&o, out);
    qobj_free(&o);
}

static void check_object(const unsigned char *data, size_t len, const char *what, size_t at)
{
    struct qobj o;
    char err[256];
    if (qobj_read_elf(data, len, &o, err, sizeof err)) {
        accepted++;
        struct buf again = {0};
        struct qobj back;
        qobj_to_elf(&o, &again);
        if (!qobj_read_elf(again.data, again.len, &back, err, sizeof err)) {
            fprintf(stderr, "%s at %zu: accepted, but its rewrite is rejected: %s\n", what,
                    at, err);
            failures++;
        }
        qobj_free(&back);
        buf_free(&again);
    } else {
        rejected++;
        if (err[0] == '\0') {
            fprintf(stderr, "%s at %zu: rejected without a reason\n", what, at);
            failures++;
        }
    }
    qobj_free(&o);
}

static void ar_header(struct buf *b, const char *name, size_t size)
{
    char h[61];
    snprintf(h, sizeof h, "%-16s%-12d%-6d%-6d%-8d%-10zu`\n", name, 0, 0, 0, 644, size);
    buf_append(b, h, 60);
}

/* An archive with an index, a long-name table and two members named through it. */
static void build_archive(struct buf *b, const struct buf *obj)
{
    static const char names[] = "first_member_long_name.o/\nsecond_member_long_name.o/\n";
    buf_append(b, AR_MAGIC, AR_MAGIC_LEN);
    ar_header(b, "/", 8);
    buf_append(b, "\0\0\0\1\0\0\0\x64", 8);
    ar_header(b, "//", sizeof names - 1);
    buf_append(b, names, sizeof names - 1);
    buf_append(b, "\n", (sizeof names - 1) % 2); /* members start at even offsets */
    ar_header(b, "/0", obj->len);
    buf_append(b, obj->data, obj->len);
    ar_header(b, "/26", obj->len);
    buf_append(b, obj->data, obj->len);
}

static void check_archive(const unsigned char *data, size_t len, size_t at)
{
    struct ar_member *m;
    size_t n;
    char err[256];
    if (ar_read(data, len, &m, &n, err, sizeof err)) {
        for (size_t i = 0; i < n; i++)
            check_object(m[i].data, m[i].size, "archive member", at);
    } else if (err[0] == '\0') {
        fprintf(stderr, "archive at %zu: rejected without a reason\n", at);
        failures++;
    }
    ar_free(m, n);
}

int main(void)
{
    static const unsigned char masks[] = {0x01, 0x80, 0xff, 0x10};
    struct buf obj = {0}, ar = {0};
    build_object(&obj);
    build_archive(&ar, &obj);

    for (size_t len = 0; len < obj.len; len++)
        check_object(obj.data, len, "truncated object", len);
    for (size_t i = 0; i < obj.len; i++)
        for (size_t k = 0; k < sizeof masks; k++) {
            obj.data[i] ^= masks[k];
            check_object(obj.data, obj.len, "flipped object", i);
            obj.data[i] ^= masks[k];
        }
    for (size_t len = 0; len < ar.len; len++)
        check_archive(ar.data, len, len);
    for (size_t i = 0; i < ar.len; i++)
        for (size_t k = 0; k < sizeof masks; k++) {
            ar.data[i] ^= masks[k];
            check_archive(ar.data, ar.len, i);
            ar.data[i] ^= masks[k];
        }

    /* The unmodified archive must yield both members with their long names. */
    struct ar_member *m;
    size_t n;
    char err[256];
    if (!ar_read(ar.data, ar.len, &m, &n, err, sizeof err) || n != 2 ||
        strcmp(m[0].name, "first_member_long_name.o") != 0 ||
        strcmp(m[1].name, "second_member_long_name.o") != 0) {
        fprintf(stderr, "valid archive misread: %s\n", err);
        failures++;
    }
    ar_free(m, n);
    printf("%lu variants accepted, %lu rejected, %d failures\n", accepted, rejected, failures);
    buf_free(&obj);
    buf_free(&ar);
    return failures != 0;
}
