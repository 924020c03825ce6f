struct s { int x; };
int f(int a) { return a; }
int main(void)
{
    struct s v;
    v.y = 3;
    f(1, 2);
    int *p = 5.0;
    return undefined_var + v;
}
