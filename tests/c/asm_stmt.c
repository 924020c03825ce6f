/* __asm__ statements and file-scope assembly (QPU-only: see .expect). */
#include "print.h"

/* int add_asm(int a, int b): written in assembly at file scope, docs/abi.md convention */
__asm__(".text\n"
        "@add_asm:\n"
        "add r0 r1 r2\n"
        "jmp r62");
int add_asm(int a, int b);

int result;

int main(void)
{
    __asm__("nop");
    __asm__ volatile("constant r10 1234\n"
                     "constant r11 @result\n"
                     "store r11 r10");
    print_int(result); print_char('\n');
    print_int(add_asm(40, 2)); print_char('\n');
    int local = 5;
    asm("nop\nnop");
    print_int(local); print_char('\n');
    return add_asm(1, 2);
}
