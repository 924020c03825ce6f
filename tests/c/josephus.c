/* The Josephus problem simulated with a circular array and solved by recurrence. */
#include "print.h"

static int simulate(int n, int k)
{
    int alive[64], count = n, pos = 0;
    for (int i = 0; i < n; i++) alive[i] = 1;
    while (count > 1) {
        int steps = 0;
        while (1) {
            if (alive[pos]) {
                steps++;
                if (steps == k) break;
            }
            pos = (pos + 1) % n;
        }
        alive[pos] = 0;
        count--;
    }
    for (int i = 0; i < n; i++)
        if (alive[i]) return i;
    return -1;
}

static int recurrence(int n, int k) { return n == 1 ? 0 : (recurrence(n - 1, k) + k) % n; }

int main(void)
{
    for (int n = 1; n <= 12; n += 3)
        for (int k = 2; k <= 4; k++) {
            print_int(simulate(n, k)); print_char(simulate(n, k) == recurrence(n, k) ? '=' : '!');
            print_char(' ');
        }
    print_char('\n');
    return recurrence(41, 3);
}
