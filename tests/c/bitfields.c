/* Bit-fields: packing, signed and unsigned extraction, truncation on store, compound
 * assignment and ++ on bit-fields, _Bool bit-fields, initializers (static and local,
 * designated), bit-fields next to ordinary members, promotion to int. */
#include "print.h"

struct flags {
    unsigned ready : 1;
    unsigned mode : 3;
    int delta : 5;
    unsigned : 2;
    unsigned count : 12;
    _Bool on : 1;
    int plain;
    unsigned wide : 32;
};

static struct flags global_flags = {1, 5, -7, 300, 1, 42, 0xDEADBEEFu};
static struct flags designated = {.count = 4095, .delta = 15, .plain = -1};

static void show(const struct flags *f)
{
    print_int(f->ready); print_char(' '); print_int(f->mode); print_char(' ');
    print_int(f->delta); print_char(' '); print_int(f->count); print_char(' ');
    print_int(f->on); print_char(' '); print_int(f->plain); print_char(' ');
    print_uint(f->wide); print_char('\n');
}

int main(void)
{
    show(&global_flags);
    show(&designated);
    struct flags f = {0, 2, 3, 7, 0, 9, 1};
    show(&f);
    f.mode = 9;          /* truncated to 3 bits: 1 */
    f.delta = 20;        /* 5-bit signed: -12 */
    f.count += 4000;     /* 4007 */
    f.count += 100;      /* wraps in 12 bits: 11 */
    f.ready++;
    f.on = 7;
    f.wide = 0xFFFFFFFFu;
    show(&f);
    int x = (f.mode = 6);
    print_int(x); print_char(' ');
    print_int(f.mode - 10 < 0); print_char(' ');   /* promotes to int */
    print_int(f.delta * 2); print_char('\n');
    f.delta--;
    f.delta--;
    print_int(f.delta); print_char(' ');
    f.delta = -16;
    f.delta--;           /* wraps to 15 */
    print_int(f.delta); print_char('\n');
    struct flags g = f;
    g.mode = 0;
    print_int(f.mode); print_int(g.mode); print_char('\n');
    return f.count;
}
