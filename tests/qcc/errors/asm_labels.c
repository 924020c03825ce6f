/* GNU asm labels: only on objects with static storage and functions. */
int f(void) __asm__("");
int main(void)
{
    int a asm("q") = 1;
    register int r asm("r5") = 2;
    return a + r;
}
