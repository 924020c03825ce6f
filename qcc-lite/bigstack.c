/* bigstack.c - qcc-lite's entry point: runs the compiler (qcc_main, main.c) on a thread
 * with a large stack, so that the recursive parser actions, semantic pass and code
 * generator handle deeply nested input (a 100 000-term expression nests 100 000 deep)
 * without overflowing; the nesting limit is docs/c-dialect.md's (sema_expr). The
 * stack is reserved address space: only the pages used are ever touched.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

int qcc_main(int argc, char **argv);

enum { COMPILER_STACK = 1 << 30 };

struct job {
    int argc;
    char **argv;
    int status;
};

static void *compile_thread(void *arg)
{
    struct job *j = arg;
    j->status = qcc_main(j->argc, j->argv);
    return NULL;
}

int main(int argc, char **argv)
{
    struct job j = {argc, argv, 1};
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, COMPILER_STACK) == 0 &&
        pthread_create(&t, &attr, compile_thread, &j) == 0) {
        pthread_join(t, NULL);
        return j.status;
    }
    /* no thread: the ordinary stack still compiles ordinary programs */
    return qcc_main(argc, argv);
}
