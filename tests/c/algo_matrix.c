/* Matrix multiplication, transpose and determinant with 2-D arrays and array params. */
#include "print.h"

#define N 4

static void mul(int a[N][N], int b[N][N], int c[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static void transpose(int m[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++) {
            int t = m[i][j]; m[i][j] = m[j][i]; m[j][i] = t;
        }
}

static int det3(int m[3][3])
{
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
         - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
         + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

static void show(int m[N][N])
{
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            print_int(m[i][j]);
            print_char(j + 1 < N ? ' ' : '\n');
        }
    }
}

int main(void)
{
    int a[N][N], b[N][N], c[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = i + j;
            b[i][j] = i == j ? 2 : (i - j);
        }
    mul(a, b, c);
    show(c);
    transpose(c);
    show(c);
    int m[3][3] = {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}};
    print_int(det3(m)); print_char('\n');
    print_int(sizeof a / sizeof a[0]); print_int(sizeof a[0] / sizeof a[0][0]); print_char('\n');
    int (*row)[N] = a + 2;
    print_int((*row)[3]); print_int(row[1][1]); print_char('\n');
    return c[1][2] & 0xFF;
}
