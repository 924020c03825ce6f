/* switch on long long and unsigned long long values: cases that differ only in the
 * high word, negative values, GNU case ranges that cross a high-word boundary, dense
 * cases (a jump table at -O1), fallthrough and default, and a value that converts to
 * the switch's type. */
#include "print.h"

static int high_word(long long x)
{
    switch (x) {
    case 1: return 1;
    case 0x100000001LL: return 2;       /* same low word as 1 */
    case 0x200000001LL: return 3;
    case -1: return 4;
    case 0xFFFFFFFFLL: return 5;        /* same low word as -1 */
    case -0x100000000LL: return 6;      /* low word 0 */
    case 0: return 7;
    default: return 0;
    }
}

static int unsigned_order(unsigned long long x)
{
    switch (x) {
    case 0: return 1;
    case 0x8000000000000000ULL: return 2;
    case 0xFFFFFFFFFFFFFFFFULL: return 3;
    case 0x7FFFFFFFFFFFFFFFULL ... 0x7FFFFFFFFFFFFFFFULL: return 4;
    case 0xFFFFFFF0ULL ... 0x10000000FULL: return 5;   /* crosses the high word */
    case 0x8000000000000001ULL ... 0x8000000000000010ULL: return 6;
    default: return 0;
    }
}

static int signed_ranges(long long x)
{
    switch (x) {
    case -0x100000005LL ... -0xFFFFFFFBLL: return 1;   /* around -2^32 */
    case -3 ... 3: return 2;
    case 0x7FFFFFF0LL ... 0x80000010LL: return 3;     /* crosses 2^31 */
    case 0x7FFFFFFFFFFFFFF0LL ... 0x7FFFFFFFFFFFFFFFLL: return 4;
    case (-0x7FFFFFFFFFFFFFFFLL - 1) ... -0x7FFFFFFFFFFFFFF0LL: return 5;
    default: return 0;
    }
}

/* dense: a table at -O1, both below and above zero */
static int dense(long long x)
{
    int r = 0;
    switch (x) {
    case -4: r += 1;
    case -3: r += 2; break;
    case -2: return 30;
    case -1: return 40;
    case 0: return 50;
    case 1 ... 3: return 60;
    case 5: return 70;
    case 6: r = 80; /* fallthrough */
    default: r += 9;
    }
    return r;
}

/* dense above 2^32, in unsigned long long */
static int dense_high(unsigned long long x)
{
    switch (x) {
    case 0x500000000ULL: return 1;
    case 0x500000001ULL: return 2;
    case 0x500000002ULL: return 3;
    case 0x500000003ULL: return 4;
    case 0x500000004ULL: return 5;
    case 0x500000006ULL: return 6;
    }
    return 0;
}

/* dense around the top of the unsigned range, and a table across 2^32 */
static int dense_wrap(unsigned long long x)
{
    switch (x) {
    case 0xFFFFFFFFFFFFFFFDULL: return 1;
    case 0xFFFFFFFFFFFFFFFEULL: return 2;
    case 0xFFFFFFFFFFFFFFFFULL: return 3;
    case 0xFFFFFFFFULL: return 4;
    case 0x100000000ULL: return 5;
    case 0x100000001ULL: return 6;
    case 0xFFFFFFFEULL: return 7;
    }
    return 0;
}

static int dense_signed_cross(long long x)
{
    switch (x) {
    case 0x7FFFFFFFFFFFFFFELL: return 1;
    case 0x7FFFFFFFFFFFFFFFLL: return 2;
    case -0x7FFFFFFFFFFFFFFFLL - 1: return 3;
    case -0x7FFFFFFFFFFFFFFFLL: return 4;
    }
    return 0;
}

static const long long probes[] = {
    0, 1, -1, 2, 3, 4, 5, 6, 7, -2, -3, -4, -5, 0x100000001LL, 0x200000001LL, 0xFFFFFFFFLL,
    -0x100000000LL, 0x100000000LL, -0x100000005LL, -0x100000004LL, -0xFFFFFFFBLL,
    -0xFFFFFFFALL, -0x100000006LL, 0x7FFFFFF0LL, 0x7FFFFFEFLL, 0x80000010LL, 0x80000011LL,
    0x7FFFFFFFFFFFFFFFLL, 0x7FFFFFFFFFFFFFF0LL, 0x7FFFFFFFFFFFFFEFLL,
    -0x7FFFFFFFFFFFFFFFLL - 1, -0x7FFFFFFFFFFFFFF0LL, -0x7FFFFFFFFFFFFFEFLL,
    0xFFFFFFF0LL, 0xFFFFFFEFLL, 0x10000000FLL, 0x100000010LL, 0x500000000LL,
    0x500000004LL, 0x500000005LL, 0x500000006LL, 0x500000007LL, 0x400000000LL,
    0xFFFFFFFELL, -0x7FFFFFFFFFFFFFFFLL, 0x7FFFFFFFFFFFFFFELL, 0x8000000000000001LL,
};

int main(void)
{
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        long long x = probes[i];
        unsigned long long u = (unsigned long long)x;
        print_int(high_word(x));
        print_char(' ');
        print_int(unsigned_order(u));
        print_char(' ');
        print_int(unsigned_order(u + 0x8000000000000000ULL));
        print_char(' ');
        print_int(signed_ranges(x));
        print_char(' ');
        print_int(dense(x));
        print_char(' ');
        print_int(dense_high(u));
        print_char(' ');
        print_int(dense_wrap(u));
        print_char(' ');
        print_int(dense_wrap(u - 3));
        print_char(' ');
        print_int(dense_signed_cross(x));
        print_char(' ');
        print_int(dense_signed_cross(x + 0x7FFFFFFFFFFFFFFELL));
        print_char('\n');
    }
    /* the switch value is converted (int to long long), so are the case labels */
    int small = -1;
    switch ((long long)small) {
    case 0xFFFFFFFF: print_str("wrong\n"); break;
    case -1: print_str("minus one\n"); break;
    }
    unsigned char c = 200;
    switch ((unsigned long long)c) {
    case 200: print_str("two hundred\n"); break;
    default: print_str("wrong\n"); break;
    }
    print_flush();
    return 0;
}
