/* -w: a file with only warnings compiles silently with exit status 0. */
int g(int x) { if (x) return 1; }
int main(void)
{
    int unused = 3;
    int *p = 0;
    char *q = p;
    return h(2);
}
