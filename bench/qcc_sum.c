/* qcc_sum.c - benchmark: sum += i * j over i < 1000, j < INNER (default 100). */
#ifndef INNER
#define INNER 100
#endif
int main(void)
{
    int sum = 0;
    for (int i = 0; i < 1000; i++)
        for (int j = 0; j < INNER; j++)
            sum += i * j;
    return sum & 0xFF;
}
