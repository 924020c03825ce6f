/* print.h - test-only output helpers (tests/c/support/print.c, or host stdio for gcc). */
#ifndef TEST_PRINT_H
#define TEST_PRINT_H
void print_char(int c);
void print_str(const char *s);
void print_int(int v);
void print_uint(unsigned v);
void print_hex(unsigned v);
void print_ll(long long v);
void print_ull(unsigned long long v);
void print_flush(void);
#endif
