/* GNU asm labels: `__asm__("name")` after a declarator gives the object or function
 * that symbol name, so another C name declared with the plain symbol name is the same
 * entity; also for a static local and a block-scope extern. Checked against gcc. */
#include "show.h"

int add_one(int v) __asm__("plus_one_impl");
int add_one(int v) { return v + 1; }
extern int plus_one_impl(int);

int counter asm("hits") = 5;
extern int hits;

extern int shared_value __asm__("value_store");
int value_store = 40;

static int bump(void)
{
    static int calls asm("bump_calls");
    extern int bump_calls;
    calls++;
    return bump_calls;
}

int main(void)
{
    show("renamed function", plus_one_impl(41));
    hits += 2;
    show("renamed object", counter);
    show("extern with label", shared_value + 2);
    bump();
    show("static local", bump());
    extern int inner asm("value_store");
    inner++;
    show("block extern", value_store);
    return 0;
}
