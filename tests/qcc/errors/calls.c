struct s { int x; };
int two(int a, int b) { return a + b; }
void nothing(void) {}
int main(void)
{
    int n = 3;
    n(1);
    two(1);
    int v = nothing();
    struct s st;
    two(st, 1);
    return two(1, 2, 3);
}
