/* qcc_fill.c - benchmark: fill an N-word array (default 1024), then sum it, 100 times. */
#ifndef N
#define N 1024
#endif
int a[N];

int main(void)
{
    int sum = 0;
    for (int r = 0; r < 100; r++) {
        for (int i = 0; i < N; i++)
            a[i] = i;
        for (int i = 0; i < N; i++)
            sum += a[i];
    }
    return sum & 0xFF;
}
