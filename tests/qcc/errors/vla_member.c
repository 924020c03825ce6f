/* Structs with variable-length members (GNU C) are laid out at run time in a block; at
 * file scope, with static storage, initialized or as a compound literal they are errors,
 * as in gcc; a nested function taking or returning one by value is not supported. */
int n = 3;
struct at_file_scope { int len; int data[n]; };
int f(int k)
{
    struct row { int a[k]; int b; } r = {0};
    static struct row s;
    union { int a[k]; } u;
    return (int)sizeof (struct row){0} + r.b + s.b + u.a[0];
}

/* A nested function taking or returning such a struct by value (gcc allows both). */
int by_value(int k)
{
    struct row { int a[k]; };
    struct row give(void) { struct row r; r.a[0] = 1; return r; }
    int take(struct row r) { return r.a[0]; }
    struct row x;
    x.a[0] = 2;
    return take(x);
}
