/* memcpy/memmove/memset/memcmp written in C over void pointers, used on structs and
 * overlapping arrays. */
#include "print.h"

static void *my_memcpy(void *d, const void *s, unsigned n)
{
    char *dp = d;
    const char *sp = s;
    while (n--)
        *dp++ = *sp++;
    return d;
}

static void *my_memmove(void *d, const void *s, unsigned n)
{
    char *dp = d;
    const char *sp = s;
    if (dp < sp) {
        while (n--) *dp++ = *sp++;
    } else {
        dp += n;
        sp += n;
        while (n--) *--dp = *--sp;
    }
    return d;
}

static void *my_memset(void *d, int c, unsigned n)
{
    char *p = d;
    while (n--)
        *p++ = c;
    return d;
}

static int my_memcmp(const void *a, const void *b, unsigned n)
{
    const char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}

struct rec { int id; char tag[4]; int vals[2]; };

int main(void)
{
    int a[10];
    for (int i = 0; i < 10; i++) a[i] = i;
    my_memmove(a + 2, a, 5 * sizeof(int));
    for (int i = 0; i < 10; i++) print_int(a[i]);
    print_char('\n');
    my_memmove(a, a + 3, 4 * sizeof(int));
    for (int i = 0; i < 10; i++) print_int(a[i]);
    print_char('\n');
    struct rec r1 = {7, "abc", {1, 2}}, r2;
    my_memset(&r2, 0, sizeof r2);
    print_int(my_memcmp(&r1, &r2, sizeof r1) > 0); print_char(' ');
    my_memcpy(&r2, &r1, sizeof r1);
    print_int(my_memcmp(&r1, &r2, sizeof r1)); print_char(' ');
    print_str(r2.tag); print_int(r2.vals[1]); print_char('\n');
    char s[8];
    my_memset(s, 'x', 7);
    s[7] = 0;
    print_str(s); print_char('\n');
    return r2.id;
}
