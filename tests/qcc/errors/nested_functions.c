/* GNU nested functions and __label__: misuse. */
int use(int (*f)(int));

int storage(void)
{
    static int s(int x) { return x; }
    extern int e(int x) { return x; }
    auto int never(int);
    auto int twice(int);
    int twice(int x) { return x; }
    int twice(int x) { return x + 1; }
    auto int typed(int);
    long typed(int x) { return x; }
    return use(twice);
}

int labels(int n)
{
    __label__ a, a;
    n++;
    int inner(void) { goto plain; }
    int local(void) { goto a; }
plain:
    return inner() + local();
}

int hidden(void)
{
    {
        int f(int x) { return x; }
    }
    return f(1);
}
