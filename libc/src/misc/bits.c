/* bits.c - the bit-counting functions behind gcc's builtins (__builtin_clz, _ctz,
 * _popcount, _parity, _clrsb, _bswap16/32/64, _ffs: qcc-lite/sema_builtin.c turns a
 * call to the builtin into a call to these), and POSIX ffs/ffsll. Words are 32 bits;
 * `long long` is two words. As with gcc, clz and ctz of 0 are undefined: here 32 (64). */
#include <strings.h>

int __qpu_clz(unsigned x)
{
    int n = 0;
    if (!x)
        return 32;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

int __qpu_ctz(unsigned x)
{
    int n = 0;
    if (!x)
        return 32;
    while (!(x & 1u)) {
        x >>= 1;
        n++;
    }
    return n;
}

int __qpu_popcount(unsigned x)
{
    int n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

int __qpu_parity(unsigned x)
{
    return __qpu_popcount(x) & 1;
}

/* The number of bits after the sign bit that equal it. */
int __qpu_clrsb(int x)
{
    unsigned u = x < 0 ? ~(unsigned)x : (unsigned)x;
    return __qpu_clz(u) - 1;
}

int __qpu_clzll(unsigned long long x)
{
    unsigned hi = (unsigned)(x >> 32);
    return hi ? __qpu_clz(hi) : 32 + __qpu_clz((unsigned)x);
}

int __qpu_ctzll(unsigned long long x)
{
    unsigned lo = (unsigned)x;
    return lo ? __qpu_ctz(lo) : 32 + __qpu_ctz((unsigned)(x >> 32));
}

int __qpu_popcountll(unsigned long long x)
{
    return __qpu_popcount((unsigned)x) + __qpu_popcount((unsigned)(x >> 32));
}

int __qpu_parityll(unsigned long long x)
{
    return __qpu_popcountll(x) & 1;
}

int __qpu_clrsbll(long long x)
{
    unsigned long long u = x < 0 ? ~(unsigned long long)x : (unsigned long long)x;
    return __qpu_clzll(u) - 1;
}

unsigned __qpu_bswap16(unsigned x)
{
    return ((x & 0xFFu) << 8) | ((x >> 8) & 0xFFu);
}

unsigned __qpu_bswap32(unsigned x)
{
    return (x << 24) | ((x & 0xFF00u) << 8) | ((x >> 8) & 0xFF00u) | (x >> 24);
}

unsigned long long __qpu_bswap64(unsigned long long x)
{
    return ((unsigned long long)__qpu_bswap32((unsigned)x) << 32) |
           __qpu_bswap32((unsigned)(x >> 32));
}

int ffs(int x)
{
    return x ? __qpu_ctz((unsigned)x) + 1 : 0;
}

int ffsll(long long x)
{
    return x ? __qpu_ctzll((unsigned long long)x) + 1 : 0;
}
