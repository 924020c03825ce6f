/* ar.c - splits `ar` archives into members, checking every header, size and name. */
#include "ar.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum { HDR_SIZE = 60, NAME_LEN = 16, SIZE_AT = 48, SIZE_LEN = 10, FMAG_AT = 58 };

struct ar_reader {
    const unsigned char *data;
    size_t len;
    const char *longnames; /* GNU "//" member, if seen */
    size_t longnames_len;
    struct ar_member *members;
    size_t count;
    char *err;
    size_t errlen;
};

static bool ar_fail(struct ar_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static bool ar_fail(struct ar_reader *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err, r->errlen, fmt, ap);
    va_end(ap);
    return false;
}

/* Member names appear in messages: bytes that are not printable become '?'. */
static char *printable(char *name)
{
    for (char *p = name; *p; p++)
        if ((unsigned char)*p < ' ' || (unsigned char)*p >= 0x7f)
            *p = '?';
    return name;
}

bool ar_is_archive(const unsigned char *data, size_t len)
{
    return len >= AR_MAGIC_LEN && memcmp(data, AR_MAGIC, AR_MAGIC_LEN) == 0;
}

/* Parses a space-padded decimal field; false if it holds anything else. */
static bool parse_decimal(const unsigned char *p, size_t n, size_t *out)
{
    size_t v = 0, i = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        if (v > SIZE_MAX / 10 - 1)
            return false;
        v = v * 10 + (size_t)(p[i++] - '0');
    }
    if (i == 0)
        return false;
    while (i < n && p[i] == ' ')
        i++;
    *out = v;
    return i == n;
}

static size_t trimmed_length(const unsigned char *p, size_t n)
{
    while (n > 0 && p[n - 1] == ' ')
        n--;
    return n;
}

/* GNU "/N": the name at offset N of the long-name table, ended by "/\n". */
static bool long_name(struct ar_reader *r, const unsigned char *field, size_t off,
                      char **name)
{
    size_t at;
    if (!parse_decimal(field + 1, trimmed_length(field + 1, NAME_LEN - 1), &at))
        return ar_fail(r, "member at offset %zu: bad long name reference", off);
    if (!r->longnames)
        return ar_fail(r, "member at offset %zu: long name without a name table", off);
    if (at >= r->longnames_len)
        return ar_fail(r, "member at offset %zu: long name offset %zu out of range", off, at);
    size_t end = at;
    while (end < r->longnames_len && r->longnames[end] != '\n')
        end++;
    if (end == r->longnames_len || end == at || r->longnames[end - 1] != '/')
        return ar_fail(r, "member at offset %zu: unterminated long name", off);
    *name = xstrndup(r->longnames + at, end - 1 - at);
    return true;
}

/* Works out a member's name; *skip is set for index and name-table members. BSD
 * "#1/N" names take the first N bytes of the data, which data and size then exclude. */
static bool member_name(struct ar_reader *r, const unsigned char *h, size_t off,
                        const unsigned char **data, size_t *size, char **name, bool *skip)
{
    size_t n = trimmed_length(h, NAME_LEN);
    *skip = false;
    *name = NULL;
    if ((n == 1 && h[0] == '/') || (n == 7 && memcmp(h, "/SYM64/", 7) == 0)) {
        *skip = true; /* symbol index */
    } else if (n == 2 && memcmp(h, "//", 2) == 0) {
        r->longnames = (const char *)*data;
        r->longnames_len = *size;
        *skip = true;
    } else if (n > 1 && h[0] == '/') {
        return long_name(r, h, off, name);
    } else if (n > 3 && memcmp(h, "#1/", 3) == 0) {
        size_t len;
        if (!parse_decimal(h + 3, n - 3, &len) || len > *size)
            return ar_fail(r, "member at offset %zu: bad BSD long name", off);
        *name = xstrndup((const char *)*data, strnlen((const char *)*data, len));
        *data += len;
        *size -= len;
        *skip = strncmp(*name, "__.SYMDEF", 9) == 0;
    } else {
        if (n > 0 && h[n - 1] == '/')
            n--;
        if (n == 0)
            return ar_fail(r, "member at offset %zu has an empty name", off);
        *name = xstrndup((const char *)h, n);
        *skip = strncmp(*name, "__.SYMDEF", 9) == 0;
    }
    if (*skip) {
        free(*name);
        *name = NULL;
    }
    return true;
}

static bool read_member(struct ar_reader *r, size_t *off)
{
    const unsigned char *h = r->data + *off;
    if (r->len - *off < HDR_SIZE)
        return ar_fail(r, "member header at offset %zu is truncated", *off);
    if (h[FMAG_AT] != '`' || h[FMAG_AT + 1] != '\n')
        return ar_fail(r, "member header at offset %zu is corrupt", *off);
    size_t size;
    if (!parse_decimal(h + SIZE_AT, SIZE_LEN, &size))
        return ar_fail(r, "member at offset %zu has a bad size field", *off);
    if (size > r->len - *off - HDR_SIZE)
        return ar_fail(r, "member at offset %zu extends past the end of the archive", *off);
    const unsigned char *data = h + HDR_SIZE;
    size_t data_size = size;
    char *name;
    bool skip;
    if (!member_name(r, h, *off, &data, &data_size, &name, &skip))
        return false;
    if (!skip) {
        r->members = xrealloc(r->members, (r->count + 1) * sizeof *r->members);
        r->members[r->count++] =
            (struct ar_member){printable(name), data, data_size, *off};
    }
    *off += HDR_SIZE + size + (size & 1);
    if (*off > r->len)
        *off = r->len; /* a missing final padding byte is harmless */
    return true;
}

bool ar_read(const unsigned char *data, size_t len, struct ar_member **members,
             size_t *count, char *err, size_t errlen)
{
    struct ar_reader r = {.data = data, .len = len, .err = err, .errlen = errlen};
    bool ok = true;
    if (errlen)
        err[0] = '\0';
    if (len >= AR_MAGIC_LEN && memcmp(data, "!<thin>\n", AR_MAGIC_LEN) == 0)
        ok = ar_fail(&r, "thin archives are not supported");
    else if (!ar_is_archive(data, len))
        ok = ar_fail(&r, "not an archive");
    for (size_t off = AR_MAGIC_LEN; ok && off < len;)
        ok = read_member(&r, &off);
    *members = r.members;
    *count = r.count;
    return ok;
}

void ar_free(struct ar_member *members, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(members[i].name);
    free(members);
}
