/* long long bit-fields: signed and unsigned, widths 1..64, fields that go on into the
 * next word, next to int bit-fields and ordinary members; reads, writes, op=, ++/--,
 * static and automatic initializers, a union, and the types the fields have in
 * expressions (wider than int: long long; else int, or unsigned int at width 32). */
#include "print.h"

struct mixed {
    unsigned a : 20;
    unsigned long long b : 40;   /* bits 20..59: goes on into the next word */
    unsigned c : 4;
    long long d : 33;
    int plain;
    long long e : 64;
    unsigned long long f : 7;
    signed long long g : 45;
    unsigned long long h : 32;
    long long i : 32;
    unsigned long long j : 1;
};

static struct mixed gs = { 0xABCDE, 0x123456789AULL, 9, -0x100000001LL, 77,
                           -0x123456789ABCDEFLL, 100, -0x98765432100LL, 0xFFFFFFFFu, -5, 1 };

static void show(struct mixed *m)
{
    print_uint(m->a); print_char(' ');
    print_ull(m->b); print_char(' ');
    print_uint(m->c); print_char(' ');
    print_ll(m->d); print_char(' ');
    print_int(m->plain); print_char(' ');
    print_ll(m->e); print_char(' ');
    print_int(m->f); print_char(' ');
    print_ll(m->g); print_char(' ');
    print_uint(m->h); print_char(' ');
    print_int(m->i); print_char(' ');
    print_int(m->j); print_char('\n');
}

struct widths {
    unsigned long long u1 : 1, u31 : 31, u33 : 33, u63 : 63, u64 : 64;
    long long s1 : 1, s31 : 31, s33 : 33, s63 : 63, s64 : 64;
};

union over {
    unsigned long long wide : 48;
    unsigned narrow : 12;
};

int main(void)
{
    show(&gs);
    struct mixed m = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1 };
    show(&m);
    m.b = 0xFFFFFFFFFFFFFFFFULL;     /* truncated to 40 bits */
    m.d = 0x1FFFFFFFFLL;             /* 33 bits: -1 */
    m.a = 0xFFFFF;
    m.c = 0xF;
    show(&m);
    m.b += 5;                        /* wraps within 40 bits */
    m.d -= 1;
    m.e *= -3;
    m.f += 200;
    m.g <<= 3;
    m.h += 1;                        /* unsigned int arithmetic: wraps */
    m.i |= 0x100;
    m.j ^= 1;
    show(&m);
    print_ull(m.b++); print_char(' ');
    print_ull(++m.b); print_char(' ');
    print_ll(m.d--); print_char(' ');
    print_ll(--m.d); print_char(' ');
    print_ll(m.g++); print_char(' ');
    print_int(m.f--); print_char('\n');
    show(&m);
    /* the value of an assignment is what the field holds */
    print_ull(m.b = 0x12345678901234ULL); print_char(' ');
    print_ll(m.d = 0x300000000LL); print_char(' ');
    print_ll(m.b + m.d); print_char(' ');
    print_ull(m.b / 7 * 3); print_char('\n');
    /* types in expressions: wider than int is long long, else int (unsigned int at
     * width 32) */
    print_int(m.b - (m.b + 1) > 0); print_int(m.b * 2 > m.b);
    print_int(m.d * 4 == m.d << 2); print_int(m.h + 1 == 0); print_int(m.f - 200 < 0);
    print_int(m.j - 2 < 0); print_int(m.a - 0x100000 < 0); print_int(m.i - 267 < 0);
    print_char('\n');

    struct widths w = { 0 };
    for (int k = 0; k < 3; k++) {
        long long v = k == 0 ? -1 : k == 1 ? 0x5555555555555555LL : 0x8000000080000001LL;
        w.u1 = v; w.u31 = v; w.u33 = v; w.u63 = v; w.u64 = v;
        w.s1 = v; w.s31 = v; w.s33 = v; w.s63 = v; w.s64 = v;
        print_ull(w.u1); print_char(' '); print_ull(w.u31); print_char(' ');
        print_ull(w.u33); print_char(' '); print_ull(w.u63); print_char(' ');
        print_ull(w.u64); print_char('\n');
        print_ll(w.s1); print_char(' '); print_ll(w.s31); print_char(' ');
        print_ll(w.s33); print_char(' '); print_ll(w.s63); print_char(' ');
        print_ll(w.s64); print_char('\n');
    }
    for (int k = 0; k < 70; k++) {  /* walking bit */
        w.u63 = 1ULL << (k % 64);
        w.s33 = (long long)1 << (k % 40);
        print_ull(w.u63 >> (k % 64)); print_ll(w.s33 < 0); print_char(k % 10 == 9 ? '\n' : ' ');
    }
    print_char('\n');

    union over u;
    u.wide = 0xFEDCBA987654ULL;
    print_ull(u.wide); print_char(' '); print_uint(u.narrow); print_char('\n');
    u.narrow = 0x123;
    print_ull(u.wide); print_char('\n');
    print_flush();
    return 0;
}
