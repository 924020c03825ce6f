/* fault.c - faults on purpose, to show the kernel kills the program and goes on.
 * fault [null|code|data|divide|instruction|syscall|unmapped], default null.
 * `data` calls a word of .data holding `jmp r62` (a return): it must fault, data is not
 * executable; if it ran, the program would say that nothing happened. */
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>

static int zero;
static int return_word[1] = {0x14003E00};   /* jmp r62 (spec/isa.md) */

int main(int argc, char **argv)
{
    const char *kind = argc > 1 ? argv[1] : "null";
    printf("fault: %s\n", kind);
    fflush(stdout);
    if (strcmp(kind, "null") == 0)
        return *(volatile int *)0;
    if (strcmp(kind, "code") == 0)
        *(volatile int *)main = 0;
    if (strcmp(kind, "data") == 0)
        ((void (*)(void))return_word)();
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
