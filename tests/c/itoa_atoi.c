/* Number <-> text conversions in several bases, written by hand. */
#include "print.h"

static char *utoa(unsigned v, char *buf, int base)
{
    char tmp[40];
    int n = 0;
    do {
        int d = v % base;
        tmp[n++] = d < 10 ? '0' + d : 'a' + d - 10;
        v /= base;
    } while (v);
    int i = 0;
    while (n)
        buf[i++] = tmp[--n];
    buf[i] = 0;
    return buf;
}

static char *itoa(int v, char *buf)
{
    if (v < 0) {
        buf[0] = '-';
        utoa(-(unsigned)v, buf + 1, 10);
    } else {
        utoa(v, buf, 10);
    }
    return buf;
}

static int atoi_base(const char *s, int base)
{
    int sign = 1, v = 0;
    if (*s == '-') { sign = -1; s++; }
    for (; *s; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0'
              : *s >= 'a' && *s <= 'z' ? *s - 'a' + 10
              : *s >= 'A' && *s <= 'Z' ? *s - 'A' + 10 : 99;
        if (d >= base) break;
        v = v * base + d;
    }
    return sign * v;
}

int main(void)
{
    char buf[40];
    int vals[] = {0, 7, -42, 255, 65535, -2147483647 - 1, 2147483647};
    for (int i = 0; i < 7; i++) {
        print_str(itoa(vals[i], buf)); print_char(' ');
        print_str(utoa(vals[i], buf, 16)); print_char(' ');
        print_str(utoa(vals[i], buf, 2)); print_char(' ');
        print_str(utoa(vals[i], buf, 36)); print_char('\n');
    }
    print_int(atoi_base("12345", 10)); print_char(' ');
    print_int(atoi_base("-ff", 16)); print_char(' ');
    print_int(atoi_base("101101", 2)); print_char(' ');
    print_int(atoi_base("zz", 36)); print_char(' ');
    print_int(atoi_base("777x", 8)); print_char('\n');
    return atoi_base("2a", 16);
}
