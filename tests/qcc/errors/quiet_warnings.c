/* -w -Werror: no warning is printed (nor turned into an error); errors and their
 * notes still are. */
int g(int x) { if (x) return 1; }
int f(int);
int main(void)
{
    int unused = 3;
    int *p = 0;
    char *q = p;
    return h(2);
}
char f(int);
