/* copy_up.c - __qpu_copy_up, the forward copy behind memcpy, mempcpy and memmove (its
 * own object, so a program defining memcpy can still use libc's memmove). A char is a
 * whole word on the QPU, so there are no wider copies to make; the loop is unrolled four
 * times, which halves the loop overhead per word. */
#include <stddef.h>
#include "../libc_internal.h"

void __qpu_copy_up(char *d, const char *s, size_t n)
{
    while (n >= 4) {
        d[0] = s[0];
        d[1] = s[1];
        d[2] = s[2];
        d[3] = s[3];
        d += 4;
        s += 4;
        n -= 4;
    }
    while (n-- > 0)
        *d++ = *s++;
}
