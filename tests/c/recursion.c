/* Recursion: factorial, fibonacci, ackermann, mutual recursion, hanoi. */
#include "print.h"

static int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static int is_odd(int n);
static int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
static int moves;
static void hanoi(int n, int from, int to, int via)
{
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    hanoi(n - 1, via, to, from);
}

int main(void)
{
    print_int(fact(10)); print_char('\n');
    print_int(fib(20)); print_char('\n');
    print_int(ack(2, 3)); print_char('\n');
    print_int(is_even(17)); print_int(is_odd(17)); print_char('\n');
    hanoi(10, 1, 3, 2);
    print_int(moves); print_char('\n');
    return fib(10);
}
