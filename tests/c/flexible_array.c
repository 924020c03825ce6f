/* A flexible array member over a static buffer, strings with length prefixes. */
#include "print.h"

struct str { int len; char text[]; };

static int storage[64];

static struct str *make(const char *s)
{
    struct str *p = (struct str *)storage;
    int n = 0;
    while (s[n]) {
        p->text[n] = s[n];
        n++;
    }
    p->text[n] = 0;
    p->len = n;
    return p;
}

int main(void)
{
    struct str *s = make("flexible");
    print_int(s->len); print_char(' '); print_str(s->text); print_char('\n');
    print_char(s->text[s->len - 1]); print_char('\n');
    return s->len;
}
