/* __attribute__((alias("target"))): another name, in this file, for a variable or
 * function defined before it; reads and writes through either name are the same
 * object. Checked against gcc. */
#include "show.h"

int counter = 1;
extern int counter_alias __attribute__((alias("counter")));
static int hidden[4] = { 1, 2, 3, 4 };
extern int hidden_alias[4] __attribute__((alias("hidden")));
int table[3];
extern int table_alias[3] __attribute__((alias("table")));

static int twice(int x)
{
    return 2 * x;
}
static int twice_alias(int x) __attribute__((alias("twice")));

int main(void)
{
    counter_alias += 5;
    show("counter", counter);
    hidden[2] = 30;
    show("hidden", hidden_alias[2] + hidden_alias[3]);
    table_alias[1] = 7;
    show("table", table[1]);
    show("same address", &counter == &counter_alias);
    show("function", twice_alias(21));
    return 0;
}
