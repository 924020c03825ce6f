/* VLAs declared in a for statement's first clause (`for (int n = f(), a[n]; ...)`):
 * sized once, visible in the whole loop, and freed on every way out of it: the end of
 * the loop, break, goto out of it, return from inside it; VLAs of the loop body inside
 * such a loop are freed at each iteration. A leak would move the stack, so each way
 * out is run many times and the address of a VLA declared afterwards must not move. */
#include "print.h"

static int calls;
static int size(int n) { calls++; return n; }

static int fill_sum(int n)
{
    int total = 0;
    for (int k = size(n), a[k], i = 0; i < k; i++) {
        a[i] = i * i;
        total += a[i];
        if (i == k - 1)
            for (int j = 0; j < k; j++)
                total += a[j] - a[j];
    }
    return total;
}

static int with_break(int n)
{
    int r = -1;
    for (int a[n], i = 0;; i++) {
        a[i] = 3 * i;
        if (i == n - 1) {
            r = a[i] + (int)(sizeof a / sizeof a[0]);
            break;
        }
        if (i % 2)
            continue;
    }
    return r;
}

static int with_goto(int n)
{
    int r = 0;
    for (int a[n], b[2 * n], i = 0; i < n; i++) {
        a[i] = i;
        b[2 * i] = b[2 * i + 1] = i;
        if (i == n / 2) {
            r = a[i] + b[2 * i + 1];
            goto out;
        }
    }
out:
    return r;
}

static int with_return(int n)
{
    for (int a[n], i = 0; i < n; i++) {
        a[i] = n - i;
        if (i == 2)
            return a[0] + a[1] + a[2];
    }
    return -1;
}

/* a matrix row by row: the inner VLA is per iteration, the outer one per loop */
static int nested(int n)
{
    int sum = 0;
    for (int m[n][n], i = 0; i < n; i++) {
        int row[n + i];
        for (int j = 0; j < n + i; j++)
            row[j] = j;
        for (int j = 0; j < n; j++)
            m[i][j] = row[j] + i;
        if (i == n - 1)
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++)
                    sum += m[r][c];
    }
    return sum;
}

static void *probe(int n)
{
    int p[n];
    p[0] = 0;
    return p;
}

int main(void)
{
    void *before = probe(4);
    int acc = 0;
    for (int rep = 0; rep < 300; rep++) {
        acc += fill_sum(50);
        acc += with_break(40);
        acc += with_goto(60);
        acc += with_return(30);
        acc += nested(5);
    }
    print_int(acc); print_char(' ');
    print_int(calls); print_char(' ');
    print_int(probe(4) == before); print_char('\n');
    print_int(fill_sum(10)); print_char(' '); print_int(with_break(7)); print_char(' ');
    print_int(with_goto(9)); print_char(' '); print_int(with_return(8)); print_char(' ');
    print_int(nested(4)); print_char('\n');
    /* in main itself, a loop left by break many times over */
    char *first = 0;
    for (int rep = 0; rep < 2000; rep++) {
        for (int n = size(100), buf[n], i = 0; i < n; i++) {
            buf[i] = rep;
            if (i == 50) {
                if (!first)
                    first = (char *)buf;
                else if ((char *)buf != first)
                    print_str("moved\n");
                break;
            }
        }
    }
    print_int(calls); print_char('\n');
    print_flush();
    return 0;
}
