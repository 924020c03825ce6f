/* Variadic functions with <stdarg.h>. */
#include <stdarg.h>
#include "print.h"

static int sum(int count, ...)
{
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static void myprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            print_char(*p);
            continue;
        }
        switch (*++p) {
        case 'd': print_int(va_arg(ap, int)); break;
        case 's': print_str(va_arg(ap, const char *)); break;
        case 'c': print_char(va_arg(ap, int)); break;
        case 'x': print_hex(va_arg(ap, unsigned)); break;
        default: print_char(*p);
        }
    }
    va_end(ap);
}

static int max_of(int first, ...)
{
    va_list ap;
    va_start(ap, first);
    int m = first;
    for (;;) {
        int v = va_arg(ap, int);
        if (v < 0)
            break;
        if (v > m)
            m = v;
    }
    va_end(ap);
    return m;
}

int main(void)
{
    print_int(sum(0)); print_char('\n');
    print_int(sum(3, 1, 2, 3)); print_char('\n');
    print_int(sum(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)); print_char('\n');
    myprintf("%s has %d items, code %c, hex %x %%\n", "list", 42, 'Z', 0xBEEFu);
    print_int(max_of(3, 9, 4, 11, 2, -1)); print_char('\n');
    return sum(2, 20, 22);
}
