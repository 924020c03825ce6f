/* arena.h - one process-wide memory arena for the tools that allocate freely during a
 * run and release everything at once at exit (qasm, qcc-lite). Memory is zeroed and
 * aligned for any type; it is never freed individually.
 */
#ifndef QPU_ARENA_H
#define QPU_ARENA_H

#include <stddef.h>

void *arena_alloc(size_t n); /* zeroed, max_align_t-aligned */
char *arena_strdup(const char *s);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Releases every block; earlier results must not be used afterwards. */
void arena_free_all(void);

#endif
