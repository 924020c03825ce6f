/* c99_block_scopes.c - C99's block scopes of selection and iteration statements (C11
 * 6.8.4p3, 6.8.5p5): the statement and each substatement are blocks, so a tag declared
 * in a controlling expression or in an unbraced body ends with it (switch and for
 * bodies included). Host gcc is the oracle. */
#include "show.h"

int main(void)
{
    struct foo { int i0; };
    int a = sizeof(struct foo) / sizeof(int), b = 0, c = 0, d;
    switch (b = sizeof(struct foo { int i0; int i1; }) / sizeof(int))
    default:
        c = sizeof(struct foo { int i0; int i1; int i2; }) / sizeof(int);
    show("switch", a * 100 + b * 10 + c);
    d = 1;
    for ((b = sizeof(struct foo { int i0; int i1; }) / sizeof(int)); d; d--)
        c = sizeof(struct foo { int i0; int i1; int i2; }) / sizeof(int);
    show("for", a * 100 + b * 10 + c);
    d = 1;
    for ((b = sizeof(struct foo { int i0; int i1; }) / sizeof(int)); d; d--)
        c = sizeof(struct foo) / sizeof(int);
    show("for tag of the loop", b * 10 + c);
    for (int i = 0; i < 1; i++) {
        int i = 7; /* the body is a block inside the loop's */
        show("body i", i);
    }
    if (sizeof(enum e { E1 = 5 }))
        c = sizeof(enum e { E2 = 9 }) / sizeof(int) + E2 + E1;
    show("if", c + sizeof(struct foo) / sizeof(int));
    return 0;
}
