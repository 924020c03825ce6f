/* A switch with many cases, negative and sparse case values, and a loop around it. */
#include "print.h"

static int roman_value(char c)
{
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

static int from_roman(const char *s)
{
    int total = 0;
    for (int i = 0; s[i]; i++) {
        int v = roman_value(s[i]), next = roman_value(s[i + 1]);
        total += v < next ? -v : v;
    }
    return total;
}

static const char *sparse(int x)
{
    switch (x) {
    case -1000000: return "very negative";
    case -1: return "minus one";
    case 0: return "zero";
    case 7: case 8: case 9: return "seven to nine";
    case 1 << 20: return "a million-ish";
    case 0x7fffffff: return "max";
    }
    return "other";
}

int main(void)
{
    const char *numerals[] = {"MCMXCIV", "XLII", "MMXXVI", "CDXLIV", "IX"};
    for (int i = 0; i < 5; i++) {
        print_int(from_roman(numerals[i]));
        print_char(' ');
    }
    print_char('\n');
    int probes[] = {-1000000, -1, 0, 8, 1 << 20, 0x7fffffff, 5};
    for (int i = 0; i < 7; i++) {
        print_str(sparse(probes[i]));
        print_char('\n');
    }
    return from_roman("XCIX");
}
