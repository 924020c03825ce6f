int main(int n)
{
    void *a = __builtin_alloca_with_align(n, 24);
    void *b = __builtin_alloca_with_align(n, n);
    void *c = __builtin_assume_aligned(n, 4);
    void *d = __builtin_assume_aligned(&n);
    int e = __builtin_mul_overflow_p(n, 2, 1.5);
    return a == b && c == d && e;
}
