/* goto: a state machine, breaking out of nested loops, backwards jumps. */
#include "print.h"

static int parse_number(const char *s)
{
    int value = 0, sign = 1;
start:
    if (*s == ' ') { s++; goto start; }
    if (*s == '-') { sign = -1; s++; goto digits; }
    if (*s == '+') { s++; }
digits:
    if (*s < '0' || *s > '9')
        goto done;
    value = value * 10 + (*s++ - '0');
    goto digits;
done:
    return sign * value;
}

int main(void)
{
    print_int(parse_number("  42")); print_char(' ');
    print_int(parse_number("-317x")); print_char(' ');
    print_int(parse_number("+8")); print_char('\n');
    int found_i = -1, found_j = -1;
    for (int i = 0; i < 10; i++)
        for (int j = 0; j < 10; j++)
            if (i * j == 42) {
                found_i = i;
                found_j = j;
                goto out;
            }
out:
    print_int(found_i); print_int(found_j); print_char('\n');
    int n = 0;
loop:
    n += 3;
    if (n < 20)
        goto loop;
    print_int(n); print_char('\n');
    return n;
}
