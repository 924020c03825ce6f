/* CRC-32 (table driven), Adler-32 and FNV hashes over strings: unsigned arithmetic. */
#include "print.h"

static unsigned crc_table[256];

static void make_table(void)
{
    for (unsigned n = 0; n < 256; n++) {
        unsigned c = n;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static unsigned crc32(const char *s)
{
    unsigned c = 0xFFFFFFFFu;
    for (; *s; s++)
        c = crc_table[(c ^ (unsigned)*s) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static unsigned adler32(const char *s)
{
    unsigned a = 1, b = 0;
    for (; *s; s++) {
        a = (a + (unsigned)*s) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

int main(void)
{
    make_table();
    const char *inputs[] = {"", "a", "abc", "The quick brown fox jumps over the lazy dog",
                            "123456789"};
    for (int i = 0; i < 5; i++) {
        print_hex(crc32(inputs[i])); print_char(' ');
        print_hex(adler32(inputs[i])); print_char('\n');
    }
    return crc32("123456789") & 0xFF;
}
