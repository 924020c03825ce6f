/* setjmp.h - non-local jumps. A jmp_buf holds what docs/abi.md says a call preserves:
 * r32..r61, the return address r62 and the stack pointer r63 (libc/setjmp.s). */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef int jmp_buf[32];

int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int value);

#endif
