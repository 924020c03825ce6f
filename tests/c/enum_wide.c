/* GNU C: enumerators beyond int's range. The enum becomes unsigned int (no negative
 * values), or long long / unsigned long long (values need more than 32 bits); the
 * constants outside int's range then have the enum's type, the others stay int.
 * Sizes are printed relative to int, so they agree with gcc. Checked against gcc. */
#include "show.h"

enum huge { H0, H1 = 0xfffffffffffffff0ULL, H2 };
enum mixed { X0 = -3, X1 = 0x123456789LL, X2 };
enum u32 { V0, V1 = 0xfffffffeu, V2 };
enum plain { P0 = 7, P1 };

#define WORDS(x) (int)(sizeof(x) / sizeof(int))

static void show_ull(const char *label, unsigned long long v)
{
    print_str(label);
    print_str(" ");
    print_ull(v);
    print_str("\n");
}

int main(void)
{
    show("sizeof huge", WORDS(enum huge));
    show("sizeof mixed", WORDS(enum mixed));
    show("sizeof u32", WORDS(enum u32));
    show("sizeof plain", WORDS(enum plain));
    show("sizeof H0 H1", WORDS(H0) * 10 + WORDS(H1));
    show("sizeof X0 X2", WORDS(X0) * 10 + WORDS(X2));
    show("sizeof V2", WORDS(V2));
    enum huge h = H2;
    show_ull("H2", h);
    show_ull("H1+1", H1 + 1);
    enum mixed m = X2;
    print_str("X2 ");
    print_ll(m - 1);
    print_str("\n");
    show("signs", (X0 < X1) * 100 + (V2 > V0) * 10 + ((enum huge)-1 > H0));
    enum u32 u = V2;
    show("V2 >> 28", (int)(u >> 28));
    struct { enum huge a; int b; } s = { H1, 5 };
    show("struct", s.b);
    show_ull("member", s.a);
    return 0;
}
