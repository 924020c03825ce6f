/* Sorting characters within strings and an array of fixed-size string buffers. */
#include "print.h"

static void sort_chars(char *s)
{
    for (char *i = s; *i; i++)
        for (char *j = i + 1; *j; j++)
            if (*j < *i) { char t = *i; *i = *j; *j = t; }
}

static int cmp(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return *a - *b;
}

int main(void)
{
    char w[] = "compiler";
    sort_chars(w);
    print_str(w); print_char('\n');
    char names[5][8] = {"delta", "alpha", "echo", "charlie", "bravo"};
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4 - i; j++)
            if (cmp(names[j], names[j + 1]) > 0)
                for (int k = 0; k < 8; k++) {
                    char t = names[j][k];
                    names[j][k] = names[j + 1][k];
                    names[j + 1][k] = t;
                }
    for (int i = 0; i < 5; i++) { print_str(names[i]); print_char(' '); }
    print_char('\n');
    int anagram = 1;
    char a[] = "listen", b[] = "silent";
    sort_chars(a);
    sort_chars(b);
    anagram = cmp(a, b) == 0;
    print_int(anagram); print_char('\n');
    return anagram;
}
