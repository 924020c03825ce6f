/* Strings and characters: escapes, string functions written in C, char arithmetic. */
#include "print.h"

static int my_strlen(const char *s)
{
    int n = 0;
    while (s[n])
        n++;
    return n;
}

static int my_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a - *b;
}

static void my_strcpy(char *d, const char *s)
{
    while ((*d++ = *s++))
        ;
}

static void reverse(char *s)
{
    int n = my_strlen(s);
    for (int i = 0, j = n - 1; i < j; i++, j--) {
        char t = s[i];
        s[i] = s[j];
        s[j] = t;
    }
}

static int count_upper(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            n++;
    return n;
}

int main(void)
{
    const char *s = "Hello, World";
    print_int(my_strlen(s)); print_char('\n');
    print_int(my_strcmp("abc", "abd") < 0); print_int(my_strcmp("b", "a") > 0);
    print_int(my_strcmp("same", "same")); print_char('\n');
    char buf[32];
    my_strcpy(buf, s);
    reverse(buf);
    print_str(buf); print_char('\n');
    print_int(count_upper(s)); print_char('\n');
    print_int('A'); print_int('\n'); print_int('\t'); print_int('\\'); print_int('\'');
    print_int('\0'); print_int('\x41'); print_int('\101'); print_char('\n');
    char c = 'a';
    c += 2;
    print_char(c); print_char(c - 32); print_char('\n');
    print_str("tab\there \"quoted\" back\\slash\n");
    print_str("concat" "enated" "\n");
    print_int(sizeof("four")); print_char('\n');
    print_char("xyz"[1]); print_char('\n');
    int digits = 0;
    for (const char *p = "a1b22c333"; *p; p++)
        if (*p >= '0' && *p <= '9')
            digits = digits * 10 + (*p - '0');
    print_int(digits); print_char('\n');
    return my_strlen(buf);
}
