/* complex_layout.c - what depends on the word size: a complex value is two words, real
 * part first; GNU brace initializers { re, im }; static objects initialized from
 * folded complex constants; every spelling of the complex types. */
#include "show.h"

typedef float _Complex cf;

static cf a = 1.0f + 2.0f * (__extension__ 1.0fi);
static double _Complex b = { 3.0, -4.0 };
static long double _Complex c = 5.0Li;
static __complex__ int d = 7 - 8i;
static _Complex e = 2.5;                  /* _Complex alone: double _Complex */
static cf arr[3] = { 1.0f, 2.0fi, { 3.0f, 4.0f } };
static cf folded = (1.0f + 1.0fi) * (1.0f - 1.0fi) / 2.0fi + __builtin_complex(0.5f, 0.5f);
struct S { int tag; cf z; int end; } s = { 7, { 8, 9 }, 10 };
static cf *pa = &arr[1];

static void words(const char *label, const void *p, int n)
{
    const float *w = p;
    print_str(label);
    for (int i = 0; i < n; i++) {
        print_str(" ");
        print_int((int)(w[i] * 10));
    }
    print_str("\n");
}

int main(void)
{
    show("sizeof cf", sizeof(cf));
    show("sizeof double _Complex", sizeof(double _Complex));
    show("sizeof _Complex int", sizeof(_Complex int));
    show("sizeof arr", sizeof arr);
    show("sizeof S", sizeof(struct S));
    words("a", &a, 2);
    words("b", &b, 2);
    words("c", &c, 2);
    show("d", __real__ d * 100 + __imag__ d);
    words("e", &e, 2);
    words("arr", arr, 6);
    words("folded", &folded, 2);
    show("s.tag", s.tag);
    words("s.z", &s.z, 2);
    show("s.end", s.end);
    show("pa", pa == &arr[1]);
    cf local = { 11, 12 };
    cf list[2] = { [1] = { 13, 14 } };
    words("local", &local, 2);
    words("list", list, 4);
    cf lit = (cf){ 15, 16 };
    words("lit", &lit, 2);
    float *parts = (float *)&local;
    parts[1] = 99;
    show("via pointer", (int)__imag__ local);
    return 0;
}
