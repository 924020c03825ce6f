/* Counting with arrays indexed by characters and digits; finding the mode. */
#include "print.h"

int main(void)
{
    const char *text = "the rain in spain stays mainly in the plain 12321";
    int counts[128] = {0};
    for (const char *p = text; *p; p++)
        counts[(int)*p]++;
    int best = 'a';
    for (int c = 'a'; c <= 'z'; c++)
        if (counts[c] > counts[best])
            best = c;
    print_char(best); print_int(counts[best]); print_char('\n');
    for (int d = '0'; d <= '9'; d++)
        if (counts[d]) {
            print_char(d); print_char('x'); print_int(counts[d]); print_char(' ');
        }
    print_char('\n');
    print_int(counts[' ']); print_char('\n');
    return counts['n'];
}
