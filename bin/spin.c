/* spin.c - a CPU-bound loop that prints its progress: spin [NAME] [ROUNDS]. Two of them
 * in the background show preemption (their lines interleave). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    const char *name = argc > 1 ? argv[1] : "spin";
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    volatile int sink = 0;
    for (int r = 1; r <= rounds; r++) {
        for (int i = 0; i < 20000; i++)
            sink += i;
        printf("%s: round %d of %d\n", name, r, rounds);
        fflush(stdout);
    }
    return 0;
}
