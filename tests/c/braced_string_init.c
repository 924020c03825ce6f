/* A character array initialized by a string literal in braces (C11 6.7.9p14: "optionally
 * enclosed in braces"): at file scope, in a block, in a struct member, in a compound
 * literal, with the size taken from the string or given. Before, the braces made the
 * literal's address the first element (with only a warning). */
#include "print.h"

static char file_unsized[] = { "foo" };
static char file_sized[6] = { "ab" };
static struct { char name[8]; int v; } rec = { { "xy" }, 3 };
static char *literal = (char[]){ "lit" };
static struct { int n; char s[4]; } rows[2] = { { 1, { "r1" } }, { 2, "r2" } };

static void show_str(const char *s, int size)
{
    print_str(s);
    print_char(' ');
    print_int(size);
    print_char('\n');
}

int main(void)
{
    char local[] = { "bar" };
    char *cl = (char[8]){ "baz" };
    show_str(file_unsized, (int)sizeof file_unsized);
    show_str(file_sized, (int)sizeof file_sized);
    print_int(file_sized[4] + file_sized[5]);
    print_char('\n');
    show_str(rec.name, rec.v);
    show_str(literal, 0);
    show_str(rows[0].s, rows[0].n);
    show_str(rows[1].s, rows[1].n);
    show_str(local, (int)sizeof local);
    show_str(cl, cl[7]);
    print_flush();
    return 0;
}
