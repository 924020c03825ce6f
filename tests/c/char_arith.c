/* Character classification and conversion written by hand; char arithmetic. */
#include "print.h"

static int is_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int to_upper(int c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }
static int is_space(int c) { return c == ' ' || c == '\t' || c == '\n'; }

static void caesar(char *s, int k)
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = 'a' + (*s - 'a' + k) % 26;
        else if (*s >= 'A' && *s <= 'Z')
            *s = 'A' + (*s - 'A' + k) % 26;
    }
}

int main(void)
{
    const char *text = "The quick brown fox\tjumps over\nthe lazy dog";
    int letters = 0, spaces = 0, words = 0, in_word = 0;
    for (const char *p = text; *p; p++) {
        letters += is_alpha(*p);
        spaces += is_space(*p);
        if (!is_space(*p) && !in_word)
            words++;
        in_word = !is_space(*p);
    }
    print_int(letters); print_char(' '); print_int(spaces); print_char(' ');
    print_int(words); print_char('\n');
    char buf[64];
    int i = 0;
    for (const char *p = text; *p; p++)
        buf[i++] = to_upper(*p);
    buf[i] = 0;
    print_str(buf); print_char('\n');
    char msg[] = "Hello, World";
    caesar(msg, 3);
    print_str(msg); print_char('\n');
    caesar(msg, 23);
    print_str(msg); print_char('\n');
    char c = 'z';
    print_int(c - 'a'); print_int('9' - '0'); print_char('\n');
    return letters;
}
