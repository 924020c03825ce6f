/* Enums: values from expressions, negative values, enums in switch and arrays,
 * enum constants in array sizes and case labels. */
#include "print.h"

enum size { SMALL = -1, MEDIUM, LARGE = 10, HUGE_ = LARGE * 2 + 1, COUNT = 4 };
enum { A_BIT = 1 << 0, B_BIT = 1 << 1, C_BIT = 1 << 2, ALL = A_BIT | B_BIT | C_BIT };
enum weekday { MON, TUE, WED, THU, FRI, SAT, SUN };

static const char *day_name(enum weekday d)
{
    static const char *names[SUN + 1] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return names[d];
}

static int is_weekend(enum weekday d)
{
    switch (d) {
    case SAT:
    case SUN:
        return 1;
    default:
        return 0;
    }
}

int main(void)
{
    print_int(SMALL); print_int(MEDIUM); print_int(LARGE); print_int(HUGE_); print_char('\n');
    print_int(ALL); print_int(ALL & ~B_BIT); print_char('\n');
    int table[COUNT];
    print_int(sizeof table / sizeof table[0]); print_char('\n');
    for (enum weekday d = MON; d <= SUN; d++) {
        print_str(day_name(d));
        print_int(is_weekend(d));
        print_char(' ');
    }
    print_char('\n');
    enum size s = LARGE;
    s++;
    print_int(s); print_char('\n');
    return HUGE_;
}
