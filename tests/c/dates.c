/* Calendar arithmetic: leap years, day of week (Zeller), days between dates, structs. */
#include "print.h"

struct date { int y, m, d; };

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

static int day_of_week(struct date dt)
{
    int y = dt.y, m = dt.m;
    if (m < 3) { m += 12; y--; }
    int k = y % 100, j = y / 100;
    int h = (dt.d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
    return (h + 5) % 7; /* 0 = Monday */
}

static int ordinal(struct date dt)
{
    int n = 0;
    for (int y = 1970; y < dt.y; y++)
        n += leap(y) ? 366 : 365;
    for (int m = 1; m < dt.m; m++)
        n += days_in_month(dt.y, m);
    return n + dt.d - 1;
}

int main(void)
{
    static const char *names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    struct date dates[] = {{2000, 1, 1}, {1969, 7, 20}, {2026, 11, 24}, {2024, 2, 29}};
    for (int i = 0; i < 4; i++) {
        print_int(dates[i].y); print_char('-'); print_int(dates[i].m); print_char('-');
        print_int(dates[i].d); print_char(' '); print_str(names[day_of_week(dates[i])]);
        print_char('\n');
    }
    print_int(ordinal(dates[2]) - ordinal(dates[0])); print_char('\n');
    print_int(leap(1900)); print_int(leap(2000)); print_int(leap(2024)); print_char('\n');
    return day_of_week(dates[2]);
}
