/* strings.h - case-insensitive comparison (POSIX), in the "C" locale, and ffs. */
#ifndef _STRINGS_H
#define _STRINGS_H

#include <stddef.h>

int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
int ffs(int x);        /* 1 + the index of the lowest set bit; 0 for 0 */
int ffsll(long long x);
/* the old BSD names: index and rindex are strchr and strrchr, bcmp is memcmp != 0,
 * bcopy is memmove with the arguments swapped, bzero is memset to 0 */
char *index(const char *s, int c);
char *rindex(const char *s, int c);
int bcmp(const void *a, const void *b, size_t n);
void bcopy(const void *src, void *dst, size_t n);
void bzero(void *s, size_t n);

#endif
