/* strings.h - case-insensitive comparison (POSIX), in the "C" locale, and ffs. */
#ifndef _STRINGS_H
#define _STRINGS_H

#include <stddef.h>

int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
int ffs(int x);        /* 1 + the index of the lowest set bit; 0 for 0 */
int ffsll(long long x);

#endif
