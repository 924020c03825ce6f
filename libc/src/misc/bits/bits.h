/* bits.h - the bit-counting helpers behind __builtin_clz, __builtin_popcount, ... (one
 * per file in this folder), for those that call each other. Not installed. */
#ifndef QPU_BITS_H
#define QPU_BITS_H

unsigned __qpu_bswap16(unsigned x);
unsigned __qpu_bswap32(unsigned x);
unsigned long long __qpu_bswap64(unsigned long long x);
int __qpu_clrsb(int x);
int __qpu_clrsbll(long long x);
int __qpu_clz(unsigned x);
int __qpu_clzll(unsigned long long x);
int __qpu_ctz(unsigned x);
int __qpu_ctzll(unsigned long long x);
int __qpu_parity(unsigned x);
int __qpu_parityll(unsigned long long x);
int __qpu_popcount(unsigned x);
int __qpu_popcountll(unsigned long long x);

#endif
