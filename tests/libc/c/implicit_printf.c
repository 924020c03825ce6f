/* Old-style programs call printf, sprintf, snprintf and sscanf without <stdio.h>:
 * as with gcc, the implicit declaration takes the library's variadic prototype, so the
 * variable arguments arrive where the function reads them. Checked against the host
 * gcc (whose builtins do the same). */
#pragma GCC diagnostic ignored "-Wimplicit-function-declaration"
#pragma GCC diagnostic ignored "-Wbuiltin-declaration-mismatch"

int main(void)
{
    char buf[32], small[2];
    int a = 0, b = 0;
    printf("%d %s %c %u\n", 42, "words", 'x', 7u);
    sprintf(buf, "%d-%d", 12, 34);
    printf("%s\n", buf);
    snprintf(small, 2, "%d\n", 2);
    printf("%c %d\n", small[0], small[1]);
    int n = sscanf("5 6", "%d %d", &a, &b);
    printf("%d %d %d\n", n, a, b);
    return 0;
}
