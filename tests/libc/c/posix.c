/* posix.c - regcomp/regexec, fnmatch and getopt against the host's C library: the
 * match positions, results and option sequences are printed and compared. */
#include <fnmatch.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void try_regex(const char *pattern, int flags, const char *text)
{
    regex_t re;
    regmatch_t m[1];
    int err = regcomp(&re, pattern, flags);
    if (err != 0) {
        printf("regcomp(%s) failed\n", pattern);
        return;
    }
    if (regexec(&re, text, 1, m, 0) == 0)
        printf("/%s/ on '%s': %ld..%ld\n", pattern, text, (long)m[0].rm_so, (long)m[0].rm_eo);
    else
        printf("/%s/ on '%s': no match\n", pattern, text);
    regfree(&re);
}

static void try_fnmatch(const char *pattern, const char *name, int flags)
{
    printf("fnmatch(%s, %s, %d) = %d\n", pattern, name, flags,
           fnmatch(pattern, name, flags) == 0);
}

static void try_getopt(int argc, char **argv, const char *spec)
{
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt(argc, argv, spec)) != -1)
        printf("  opt %c arg %s\n", c, optarg ? optarg : "-");
    printf("  rest at %d of %d\n", optind, argc);
}

int main(void)
{
    static const char *texts[] = {"hello world", "aaa", "abcabc", "x+y=z", "", "Tab\there"};
    static const struct { const char *p; int f; } patterns[] = {
        {"lo", 0}, {"^h", 0}, {"d$", 0}, {"a*", 0}, {"b.c", 0}, {"[a-c]*c", 0},
        {"[^a-z]", 0}, {"a\\{2\\}", 0}, {"a\\{1,\\}", 0}, {"x+y", 0}, {"x\\+", 0},
        {"x+", REG_EXTENDED}, {"a{2,3}", REG_EXTENDED}, {"b?c", REG_EXTENDED},
        {"HELLO", REG_ICASE}, {"[[:space:]]", 0}, {"[[:upper:]][a-z]*", 0}, {"^$", 0},
        {".*", 0}, {"o w", 0}, {"\\.", 0}, {"[.]", 0}, {"z*$", 0}};
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++)
        for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
            try_regex(patterns[i].p, patterns[i].f, texts[t]);

    try_fnmatch("*.c", "main.c", 0);
    try_fnmatch("*.c", "main.h", 0);
    try_fnmatch("?ain.[ch]", "main.h", 0);
    try_fnmatch("[!m]*", "main", 0);
    try_fnmatch("[a-z]*[0-9]", "abc9", 0);
    try_fnmatch("*", ".hidden", FNM_PERIOD);
    try_fnmatch(".*", ".hidden", FNM_PERIOD);
    try_fnmatch("a*b", "a/b", FNM_PATHNAME);
    try_fnmatch("a/*", "a/b", FNM_PATHNAME);
    try_fnmatch("\\*", "*", 0);
    try_fnmatch("\\*", "x", 0);
    try_fnmatch("[]x]", "]", 0);

    {
        char *a1[] = {"prog", "-a", "-bvalue", "-c", "arg", "file", NULL};
        char *a2[] = {"prog", "-ab", "x", "--", "-c", NULL};
        char *a3[] = {"prog", "-z", "-b", NULL};
        puts("getopt 1");
        try_getopt(6, a1, "ab:c:");
        puts("getopt 2");
        try_getopt(5, a2, "ab:c");
        puts("getopt 3");
        try_getopt(3, a3, ":ab:");
    }
    return 0;
}
