/* A recursive-descent parser and evaluator for integer expressions with
 * precedence, parentheses and unary minus (mutual recursion, pointer to pointer). */
#include "print.h"

static int expr(const char **s);

static void skip(const char **s) { while (**s == ' ') (*s)++; }

static int primary(const char **s)
{
    skip(s);
    if (**s == '(') {
        (*s)++;
        int v = expr(s);
        skip(s);
        if (**s == ')') (*s)++;
        return v;
    }
    if (**s == '-') {
        (*s)++;
        return -primary(s);
    }
    int v = 0;
    while (**s >= '0' && **s <= '9')
        v = v * 10 + *(*s)++ - '0';
    return v;
}

static int term(const char **s)
{
    int v = primary(s);
    for (;;) {
        skip(s);
        char op = **s;
        if (op != '*' && op != '/' && op != '%') return v;
        (*s)++;
        int r = primary(s);
        v = op == '*' ? v * r : op == '/' ? v / r : v % r;
    }
}

static int expr(const char **s)
{
    int v = term(s);
    for (;;) {
        skip(s);
        char op = **s;
        if (op != '+' && op != '-') return v;
        (*s)++;
        int r = term(s);
        v = op == '+' ? v + r : v - r;
    }
}

static int eval(const char *text) { return expr(&text); }

int main(void)
{
    const char *tests[] = {"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "-(3 - 10) * -2",
                           "2 * (3 + (4 - 1) * 5) - 6", "42"};
    for (int i = 0; i < 6; i++) {
        print_str(tests[i]); print_str(" = "); print_int(eval(tests[i])); print_char('\n');
    }
    return eval("(7 + 8) * 2");
}
