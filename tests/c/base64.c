/* Base64 encoding and decoding of byte strings (values 0..255 per char). */
#include "print.h"

static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int encode(const char *in, int n, char *out)
{
    int o = 0;
    for (int i = 0; i < n; i += 3) {
        int b0 = in[i] & 0xFF, b1 = i + 1 < n ? in[i + 1] & 0xFF : 0,
            b2 = i + 2 < n ? in[i + 2] & 0xFF : 0;
        int v = b0 << 16 | b1 << 8 | b2;
        out[o++] = table[(v >> 18) & 63];
        out[o++] = table[(v >> 12) & 63];
        out[o++] = i + 1 < n ? table[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < n ? table[v & 63] : '=';
    }
    out[o] = 0;
    return o;
}

static int index_of(char c)
{
    for (int i = 0; i < 64; i++)
        if (table[i] == c) return i;
    return 0;
}

static int decode(const char *in, char *out)
{
    int o = 0;
    for (int i = 0; in[i]; i += 4) {
        int v = index_of(in[i]) << 18 | index_of(in[i + 1]) << 12 |
                index_of(in[i + 2]) << 6 | index_of(in[i + 3]);
        out[o++] = (v >> 16) & 0xFF;
        if (in[i + 2] != '=') out[o++] = (v >> 8) & 0xFF;
        if (in[i + 3] != '=') out[o++] = v & 0xFF;
    }
    out[o] = 0;
    return o;
}

int main(void)
{
    const char *msgs[] = {"", "f", "fo", "foo", "foobar", "Hello, QPU!"};
    char enc[64], dec[64];
    for (int i = 0; i < 6; i++) {
        int n = 0;
        while (msgs[i][n]) n++;
        encode(msgs[i], n, enc);
        decode(enc, dec);
        print_str(enc); print_char(' '); print_str(dec); print_char('\n');
    }
    return encode("abc", 3, enc);
}
