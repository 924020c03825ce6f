/* An enum-driven state machine parsing numbers and identifiers from text. */
#include "print.h"

enum state { START, IN_NUMBER, IN_IDENT, DONE };
enum kind { NUMBER, IDENT };

struct token { enum kind kind; int value; char text[16]; };

static int lex(const char *s, struct token *out, int max)
{
    enum state st = START;
    int n = 0, len = 0;
    for (;; s++) {
        char c = *s;
        int digit = c >= '0' && c <= '9';
        int alpha = (c >= 'a' && c <= 'z') || c == '_';
        switch (st) {
        case START:
            if (digit) { st = IN_NUMBER; out[n].kind = NUMBER; out[n].value = c - '0'; }
            else if (alpha) { st = IN_IDENT; out[n].kind = IDENT; len = 0; out[n].text[len++] = c; }
            else if (!c) st = DONE;
            break;
        case IN_NUMBER:
            if (digit) { out[n].value = out[n].value * 10 + c - '0'; break; }
            n++; st = START; s--;
            break;
        case IN_IDENT:
            if (alpha || digit) { out[n].text[len++] = c; break; }
            out[n].text[len] = 0;
            n++; st = START; s--;
            break;
        case DONE:
            break;
        }
        if (st == DONE || n == max) break;
    }
    return n;
}

int main(void)
{
    struct token toks[10];
    int n = lex("x1 = 42 + count_2 * 7", toks, 10);
    for (int i = 0; i < n; i++) {
        if (toks[i].kind == NUMBER) print_int(toks[i].value);
        else print_str(toks[i].text);
        print_char(i + 1 < n ? ',' : '\n');
    }
    return n;
}
