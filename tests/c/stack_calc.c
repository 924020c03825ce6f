/* A reverse-Polish calculator with an explicit stack struct and error handling. */
#include "print.h"

struct stack { int v[16]; int top; int error; };

static void push(struct stack *s, int x) { if (s->top < 16) s->v[s->top++] = x; else s->error = 1; }
static int pop(struct stack *s) { if (s->top) return s->v[--s->top]; s->error = 1; return 0; }

static int eval(const char *p, int *error)
{
    struct stack s = {{0}, 0, 0};
    while (*p) {
        if (*p >= '0' && *p <= '9') {
            int v = 0;
            while (*p >= '0' && *p <= '9') v = v * 10 + *p++ - '0';
            push(&s, v);
            continue;
        }
        if (*p != ' ') {
            int b = pop(&s), a = pop(&s);
            switch (*p) {
            case '+': push(&s, a + b); break;
            case '-': push(&s, a - b); break;
            case '*': push(&s, a * b); break;
            case '/': if (b) push(&s, a / b); else s.error = 2; break;
            default: s.error = 3;
            }
        }
        p++;
    }
    int r = pop(&s);
    *error = s.error || s.top;
    return r;
}

int main(void)
{
    const char *exprs[] = {"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 0 /", "1 +", "10 3 /"};
    for (int i = 0; i < 5; i++) {
        int err;
        int v = eval(exprs[i], &err);
        if (err) print_str("error");
        else print_int(v);
        print_char('\n');
    }
    return 0;
}
