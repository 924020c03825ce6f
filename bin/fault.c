/* fault.c - faults on purpose, to show the kernel kills the program and goes on.
 * fault [null|code|rodata|data|stack|heap|divide|instruction|syscall|unmapped], default
 * null. `rodata` writes into a string literal, which lives in read-only .rodata.
 * `data`, `stack` and `heap` call a word holding `jmp r62` (a return) in .data, on the
 * stack or from malloc: it must fault, as none of them is executable; if it ran, the
 * program would say that nothing happened. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

static int zero;
static int return_word[1] = {0x14003E00};   /* jmp r62 (spec/isa.md) */

static void call_word(int *word)
{
    *word = return_word[0];
    ((void (*)(void))word)();
}

int main(int argc, char **argv)
{
    const char *kind = argc > 1 ? argv[1] : "null";
    int stack_word[1];
    printf("fault: %s\n", kind);
    fflush(stdout);
    if (strcmp(kind, "null") == 0)
        return *(volatile int *)0;
    if (strcmp(kind, "code") == 0)
        *(volatile int *)main = 0;
    if (strcmp(kind, "rodata") == 0)
        *(volatile char *)"literal" = 'X';
    if (strcmp(kind, "data") == 0)
        ((void (*)(void))return_word)();
    if (strcmp(kind, "stack") == 0)
        call_word(stack_word);
    if (strcmp(kind, "heap") == 0)
        call_word(malloc(sizeof(int)));
    if (strcmp(kind, "divide") == 0)
        return 1 / zero;
    if (strcmp(kind, "instruction") == 0)
        __asm__(".word 0xFF000000");
    if (strcmp(kind, "syscall") == 0)
        __asm__("constant r0 999\nconstant r9 0x80\nint r9");
    if (strcmp(kind, "unmapped") == 0)           /* between the heap and the stack */
        return *(volatile int *)0x00800000;
    printf("fault: nothing happened\n");
    return 1;
}
