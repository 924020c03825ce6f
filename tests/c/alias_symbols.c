/* GNU alias attribute: the alias is a second label at its target's definition (global,
 * static or weak), for functions and objects; calls and accesses through either name
 * reach the same code and storage. Checked against gcc. */
#include "show.h"

static int calls;
static void count(void) { calls++; }
void count_global(void) __attribute__((alias("count")));
static void count_local(void) __attribute__((alias("count")));
void count_weak(void) __attribute__((weak, alias("count")));

int table[3] = { 1, 2, 3 };
extern int table_alias[3] __attribute__((alias("table")));

int main(void)
{
    count();
    count_global();
    count_local();
    count_weak();
    show("calls", calls);
    table_alias[1] = 20;
    show("table", table[0] + table[1] + table_alias[2]);
    show("same address", (void (*)(void))count_global == (void (*)(void))count_local);
    return 0;
}
