/* userhalt.c - a user program that executes `halt` (qvm's extension: with the MMU on
 * under a kernel it is fault 0x07, so only the program is killed; docs/qvm.md). */
#include <stdio.h>

void run_halt(int status);

int main(void)
{
    printf("halting the machine?\n");
    fflush(stdout);
    run_halt(0);
    printf("halt returned\n");
    return 0;
}
