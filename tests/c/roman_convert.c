/* Integer to Roman numerals with parallel tables, and back. */
#include "print.h"

static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *symbols[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V",
                                "IV", "I"};

static void to_roman(int n, char *out)
{
    for (int i = 0; i < 13; i++)
        while (n >= values[i]) {
            for (const char *s = symbols[i]; *s; s++)
                *out++ = *s;
            n -= values[i];
        }
    *out = 0;
}

static int from_roman(const char *s)
{
    int total = 0;
    for (int i = 0; i < 13 && *s; ) {
        const char *sym = symbols[i];
        if (s[0] == sym[0] && (!sym[1] || s[1] == sym[1])) {
            total += values[i];
            s += sym[1] ? 2 : 1;
        } else {
            i++;
        }
    }
    return total;
}

int main(void)
{
    int nums[] = {1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999};
    char buf[32];
    int ok = 1;
    for (int i = 0; i < 10; i++) {
        to_roman(nums[i], buf);
        print_str(buf); print_char(' ');
        ok &= from_roman(buf) == nums[i];
    }
    print_char('\n');
    print_int(ok); print_char('\n');
    return ok;
}
