/* print_host.c - the host (gcc oracle) side of the test-only print helpers. */
#include <stdio.h>

#include "print.h"

void print_char(int c) { putchar(c); }
void print_str(const char *s) { fputs(s, stdout); }
void print_int(int v) { printf("%d", v); }
void print_uint(unsigned v) { printf("%u", v); }
void print_hex(unsigned v) { printf("%08x", v); }
void print_flush(void) { fflush(stdout); }
void print_ll(long long v) { printf("%lld", v); }
void print_ull(unsigned long long v) { printf("%llu", v); }
