/* ar.h - reading Unix `ar` archives (static libraries) from memory: the common format
 * with GNU (`/`, `//`, `/N`) and BSD (`#1/N`, `__.SYMDEF`) naming. Symbol indexes are
 * skipped; callers read each member's own symbol table. docs/object-format.md.
 */
#ifndef QPU_AR_H
#define QPU_AR_H

#include <stdbool.h>
#include <stddef.h>

#define AR_MAGIC "!<arch>\n"
#define AR_MAGIC_LEN 8

struct ar_member {
    char *name;                /* member file name, without the trailing '/' */
    const unsigned char *data; /* points into the archive buffer */
    size_t size;
    size_t offset; /* of the member's header in the archive, for messages */
};

/* True if data starts with the archive magic. */
bool ar_is_archive(const unsigned char *data, size_t len);

/* Splits an archive into its members (index and name tables left out). On failure
 * returns false with a reason in err ("member header at offset 68 is truncated", ...);
 * *members must be freed with ar_free either way. */
bool ar_read(const unsigned char *data, size_t len, struct ar_member **members,
             size_t *count, char *err, size_t errlen);

void ar_free(struct ar_member *members, size_t count);

#endif
