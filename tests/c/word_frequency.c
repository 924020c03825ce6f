/* Word frequencies with a small table of (word, count) structs and string copies. */
#include "print.h"

struct entry { char word[12]; int count; };
static struct entry table[32];
static int used;

static int same(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

static void add(const char *w, int n)
{
    char tmp[12];
    int i;
    for (i = 0; i < n && i < 11; i++) tmp[i] = w[i] | 32;
    tmp[i] = 0;
    for (int k = 0; k < used; k++)
        if (same(table[k].word, tmp)) { table[k].count++; return; }
    for (i = 0; (table[used].word[i] = tmp[i]); i++)
        ;
    table[used++].count = 1;
}

int main(void)
{
    const char *text = "The cat and the hat and THE bat sat on the mat and the cat";
    const char *p = text;
    while (*p) {
        while (*p == ' ') p++;
        const char *start = p;
        while (*p && *p != ' ') p++;
        if (p > start) add(start, (int)(p - start));
    }
    for (int k = 0; k < used; k++) {
        print_str(table[k].word); print_char('='); print_int(table[k].count); print_char(' ');
    }
    print_char('\n');
    return used;
}
