/* test.c - evaluates a condition (POSIX test); also installed as `[`, which wants a
 * closing `]`. Status 0 true, 1 false, 2 for a malformed expression.
 *   ! E   E -a E   E -o E   ( E )   STRING   -n S   -z S   S = S   S != S
 *   N -eq|-ne|-lt|-le|-gt|-ge N   -e|-f|-d|-s|-r|-w|-x FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **args;
static int nargs, pos, failed;

static const char *peek(void) { return pos < nargs ? args[pos] : NULL; }
static const char *take(void) { return pos < nargs ? args[pos++] : NULL; }

static void syntax(const char *what, const char *where)
{
    if (!failed)
        fprintf(stderr, "test: %s%s%s\n", what, where ? ": " : "", where ? where : "");
    failed = 1;
}

static long integer(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0')
        syntax("integer expression expected", s);
    return v;
}

static int file_test(int op, const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return 0;
    switch (op) {
    case 'd': return S_ISDIR(st.st_mode);
    case 'f': return S_ISREG(st.st_mode);
    case 's': return st.st_size > 0;
    case 'x': return (st.st_mode & S_IXUSR) != 0;
    }
    return 1;                          /* -e -r -w: it exists */
}

static int expr_or(void);

static int primary(void)
{
    const char *a = take(), *op;
    if (a == NULL) {
        syntax("argument expected", NULL);
        return 0;
    }
    if (strcmp(a, "!") == 0)
        return !primary();
    if (strcmp(a, "(") == 0) {
        int v = expr_or();
        if (take() == NULL || strcmp(args[pos - 1], ")") != 0)
            syntax("')' expected", NULL);
        return v;
    }
    op = peek();
    if (op != NULL) {
        static const char *binary[] = {"=", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"};
        for (int k = 0; k < 8; k++) {
            if (strcmp(op, binary[k]) != 0 || pos + 1 >= nargs)
                continue;
            pos++;
            const char *b = take();
            if (k == 0) return strcmp(a, b) == 0;
            if (k == 1) return strcmp(a, b) != 0;
            long x = integer(a), y = integer(b);
            switch (k) {
            case 2: return x == y;
            case 3: return x != y;
            case 4: return x < y;
            case 5: return x <= y;
            case 6: return x > y;
            default: return x >= y;
            }
        }
    }
    if (a[0] == '-' && a[1] && !a[2] && strchr("nzefdsrwx", a[1]) && peek() != NULL) {
        const char *b = take();
        if (a[1] == 'n') return b[0] != '\0';
        if (a[1] == 'z') return b[0] == '\0';
        return file_test(a[1], b);
    }
    return a[0] != '\0';
}

static int expr_and(void)
{
    int v = primary();
    while (peek() != NULL && strcmp(peek(), "-a") == 0) {
        pos++;
        v = primary() && v;
    }
    return v;
}

static int expr_or(void)
{
    int v = expr_and();
    while (peek() != NULL && strcmp(peek(), "-o") == 0) {
        pos++;
        v = expr_and() || v;
    }
    return v;
}

int main(int argc, char **argv)
{
    const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
    int v;
    args = argv + 1;
    nargs = argc - 1;
    if (name[0] == '[') {
        if (nargs < 1 || strcmp(args[nargs - 1], "]") != 0) {
            fprintf(stderr, "[: missing ']'\n");
            return 2;
        }
        nargs--;
    }
    if (nargs == 0)
        return 1;
    v = expr_or();
    if (pos < nargs)
        syntax("unexpected argument", args[pos]);
    return failed ? 2 : !v;
}
