/* gcc's builtins beyond the basic ones: bit counting (clz, ctz, popcount, parity, clrsb,
 * ffs, bswap), the overflow-checking arithmetic, __builtin_prefetch and
 * __builtin_expect evaluating its hint; checked against
 * the host gcc and its C library (ffs, mempcpy). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

static void show(const char *label, int v)
{
    printf("%s %d\n", label, v);
}

static int hint_calls;
static int hint(void)
{
    hint_calls++;
    return 1;
}

int main(void)
{
    unsigned v[] = { 1, 0x80000000u, 0xF0F0u, 0x12345678u, 7 };
    for (int i = 0; i < 5; i++) {
        show("clz", __builtin_clz(v[i]));
        show("ctz", __builtin_ctz(v[i]));
        show("popcount", __builtin_popcount(v[i]));
        show("parity", __builtin_parity(v[i]));
        show("ffs", __builtin_ffs((int)v[i]));
        show("bswap32 low", (int)(__builtin_bswap32(v[i]) & 0xFFFF));
        show("bswap32 high", (int)(__builtin_bswap32(v[i]) >> 16));
    }
    show("ffs 0", __builtin_ffs(0));
    show("ffs plain", ffs(0x50) * 100 + ffs(0));
    char buf[8] = "abc";
    char *end = mempcpy(buf + 3, "de", 3);
    show("mempcpy", (int)(end - buf) * 100 + (int)strlen(buf));
    show("clrsb", __builtin_clrsb(-1) * 100 + __builtin_clrsb(1));
    unsigned long long w = 0x0000000100000000ull;
    show("clzll", __builtin_clzll(w));
    show("ctzll", __builtin_ctzll(w));
    show("popcountll", __builtin_popcountll(0xFFFFFFFFFFull));
    show("bswap64", (int)(__builtin_bswap64(0x0102030405060708ull) >> 32));
    show("bswap16", __builtin_bswap16(0x1234));

    int r;
    unsigned ur;
    show("add ok", __builtin_add_overflow(2000000000, 100000000, &r) * 10 + (r == 2100000000));
    show("add over", __builtin_add_overflow(2000000000, 200000000, &r));
    show("add wrap", r);
    show("sub unsigned", __builtin_sub_overflow(3, 5, &ur));
    show("sub wrap", (int)ur);
    show("sub signed", __builtin_sub_overflow(3, 5, &r) * 100 + r);
    show("mul over", __builtin_mul_overflow(65536, 65536, &r));
    show("mul ok", __builtin_mul_overflow(-46340, 46340, &r) * 10 + (r == -2147395600));
    show("mul unsigned", __builtin_mul_overflow(65535u, 65537u, &ur));
    show("mul neg to unsigned", __builtin_mul_overflow(-1, 1, &ur));
    long long big;
    show("into ll", __builtin_mul_overflow(2000000000, 2000000000, &big));
    show("ll value", (int)(big / 1000000000));

    int arr[4] = { 1, 2, 3, 4 };
    __builtin_prefetch(&arr[1]);
    __builtin_prefetch(&arr[2], 1, 3);
    show("prefetch", arr[1] + arr[2]);
    int k = 0;
    if (__builtin_expect(k == 0, hint()))
        show("expect", hint_calls);
    return 0;
}
