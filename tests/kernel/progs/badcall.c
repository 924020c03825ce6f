/* badcall.c - makes the system call whose number is argv[1] (tests/kernel): a number
 * outside the list (negative, QPU_SYSCALL_COUNT, the shell's kernel-only call) must
 * kill the program with "bad system call N at 0xADDR"; a valid one returns. */
#include <stdio.h>
#include <stdlib.h>

int raw_syscall(int number, int a, int b);

int main(int argc, char **argv)
{
    int number = argc > 1 ? (int)strtol(argv[1], NULL, 0) : 10;
    int result;
    printf("calling %d\n", number);
    fflush(stdout);
    result = raw_syscall(number, 0, 0);
    printf("returned %d\n", result);
    return 0;
}
