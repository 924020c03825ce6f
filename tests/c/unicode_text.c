/* Text is one code point per word (QPU-only: see .expect): UTF-8 source literals,
 * \u escapes, wide characters, code points above 0xFFFF. */
#include "print.h"

int main(void)
{
    const char *s = "h\u00e9llo \u263A \U0001F600";
    int n = 0;
    while (s[n])
        n++;
    print_int(n); print_char('\n');
    print_str(s); print_char('\n');
    print_str("caf\xe9 na\u00efve"); print_char('\n');
    print_hex('\u263A'); print_char(' '); print_hex(L'\U0001F600'); print_char('\n');
    const char *utf8 = "ü€";
    print_int(utf8[0]); print_char(' '); print_int(utf8[1]); print_char('\n');
    char buf[4] = {0x41, 0x3B1, 0x1F600, 0};
    print_str(buf); print_char('\n');
    return n;
}
