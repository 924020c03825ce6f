/* exit.c - <stdlib.h> termination and <setjmp.h>: atexit functions run in reverse
 * order at exit, output still buffered at exit is flushed, longjmp out of nested calls
 * keeps volatile locals, and exit's status is the program's. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf env;
static int depth;

static void first(void) { printf("atexit: first registered, runs last\n"); }
static void second(void) { printf("atexit: second registered, runs first\n"); }

static void dive(int n)
{
    depth = n;
    if (n > 100)
        return;
    if (n == 5)
        longjmp(env, n * 10);
    dive(n + 1);
    printf("not reached\n");
}

int main(void)
{
    volatile int rounds = 0;
    int value;
    atexit(first);
    atexit(second);
    value = setjmp(env);
    printf("setjmp returned %d (round %d, depth %d)\n", value, rounds, depth);
    rounds++;
    if (rounds < 3)
        dive(1);
    else if (rounds == 3)
        longjmp(env, 0);  /* setjmp then returns 1 */
    printf("still buffered at exit, no newline");
    exit(3);
}
