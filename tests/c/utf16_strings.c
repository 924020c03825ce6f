/* u"..." literals are UTF-16, as __STDC_UTF_16__ promises: a character above U+FFFF
 * (written as UTF-8 in the source or as \U escape) is a surrogate pair, also when an
 * unprefixed literal is concatenated with a u"" one, in either order. U"" and L""
 * keep one element per character. */
#include "print.h"

typedef __CHAR16_TYPE__ c16;
typedef __CHAR32_TYPE__ c32;

static const c16 utf8_source[] = u"a😀b";
static const c16 *escapes = u"\U00064321\u2029";
static const c16 *plain_after = u"a" "\U0001F600";
static const c16 *plain_before = "\U0001F600" u"b";
static const c32 wide[] = U"a😀";

static void dump(const char *name, const c16 *s)
{
    print_str(name);
    for (; *s; s++) {
        print_char(' ');
        print_hex(*s);
    }
    print_char('\n');
}

int main(void)
{
    dump("utf8-source", utf8_source);
    print_int((int)(sizeof utf8_source / sizeof utf8_source[0]));
    print_char('\n');
    dump("escapes", escapes);
    dump("plain-after", plain_after);
    dump("plain-before", plain_before);
    print_hex(wide[1]);
    print_char(' ');
    print_hex(wide[2]);
    print_char('\n');
    print_flush();
    return 0;
}
