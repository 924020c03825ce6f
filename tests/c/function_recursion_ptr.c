/* Recursion through function pointers and mutual recursion via a table. */
#include "print.h"

typedef int (*step_fn)(int, int);
static int ping(int n, int acc);
static int pong(int n, int acc);
static step_fn table[2] = {ping, pong};

static int ping(int n, int acc) { return n == 0 ? acc : table[1](n - 1, acc + 1); }
static int pong(int n, int acc) { return n == 0 ? acc : table[0](n - 1, acc * 2); }

static int apply_n(int (*f)(int), int n, int x) { return n == 0 ? x : apply_n(f, n - 1, f(x)); }
static int triple(int x) { return 3 * x; }

int main(void)
{
    print_int(ping(10, 0)); print_char(' '); print_int(pong(7, 1)); print_char('\n');
    print_int(apply_n(triple, 5, 1)); print_char('\n');
    return ping(4, 1);
}
