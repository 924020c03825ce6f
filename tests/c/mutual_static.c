/* Static functions that call each other, forward declared, with static data tables. */
#include "print.h"

static int is_vowel(char c);
static int count_vowels(const char *s) { int n = 0; while (*s) n += is_vowel(*s++); return n; }
static const char vowels[] = "aeiouAEIOU";
static int is_vowel(char c)
{
    for (const char *v = vowels; *v; v++)
        if (*v == c) return 1;
    return 0;
}

static int syllables(const char *word)
{
    int n = 0, prev = 0;
    for (; *word; word++) {
        int v = is_vowel(*word);
        if (v && !prev) n++;
        prev = v;
    }
    return n ? n : 1;
}

int main(void)
{
    const char *words[] = {"compiler", "queue", "rhythm", "banana", "AEIOU"};
    for (int i = 0; i < 5; i++) {
        print_int(count_vowels(words[i])); print_char('/'); print_int(syllables(words[i]));
        print_char(' ');
    }
    print_char('\n');
    return count_vowels("hello world");
}
