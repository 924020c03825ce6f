/* Variable-length arrays: sizeof at run time, VLA parameters, [*], multi-dimensional
 * VLAs, pointers to VLAs, VLAs in loops (freed every iteration), typedefs, alloca,
 * array parameter qualifiers [static 3] and [const 2]. */
#include "print.h"
static int sum2d(int n, int m, int a[n][m])
{
    int s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            s += a[i][j] * (i + 1);
    return s + (int)(sizeof a[0] / sizeof a[0][0]);
}
static int proto(int n, int a[*]);
static int proto(int n, int a[n]) { return a[n - 1]; }
static int first(int a[static 3]) { return a[0] + a[2]; }
static int cfirst(int a[const 2]) { return a[1]; }
int main(void)
{
    int n = 5;
    int v[n];
    for (int i = 0; i < n; i++) v[i] = i * i;
    print_int(v[4]); print_int((int)(sizeof v / sizeof v[0]));
    int m = 3;
    int g[n][m];
    for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) g[i][j] = i * 10 + j;
    print_int(g[4][2]); print_int(sum2d(n, m, g)); print_int((int)(sizeof g / sizeof g[0][0]));
    print_int((int)(sizeof(int[n][2]) / sizeof(int)));
    long total = 0;
    for (int k = 1; k < 2000; k++) {
        int big[k % 50 + 100];
        big[0] = k; big[k % 50 + 99] = 1;
        total += big[0] + big[k % 50 + 99];
        if (k == 1999) break;
        if (k % 3) continue;
    }
    print_int((int)total);
    int (*p)[m] = g;
    p++;
    print_int(p[1][1]); print_int((int)(&g[3][0] - &g[1][0])); print_int((int)(p + 2 - p));
    print_int(proto(n, v)); 
    int w[3] = {1, 2, 3};
    print_int(first(w)); print_int(cfirst(w));
    char *mem = __builtin_alloca(10);
    for (int i = 0; i < 10; i++) mem[i] = i;
    print_int(mem[9]);
    typedef int row[m];
    row r1; r1[2] = 7; print_int(r1[2] + (int)(sizeof(row) / sizeof(int)));
    print_char('\n');
    return 0;
}
