/* signal.c - <signal.h> and <locale.h>: raise calls the handler set with signal (which
 * stays installed, as with glibc), SIG_IGN ignores, a SIGABRT handler runs on
 * abort and can leave with longjmp, bad signal numbers fail; setlocale knows only "C".
 * Finally raise with the default action ends the program with 128 + the signal. */
#include <locale.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static volatile sig_atomic_t caught;
static jmp_buf escape;

static void on_signal(int sig)
{
    caught = sig;
}

static void on_abort(int sig)
{
    caught = sig;
    longjmp(escape, 1);
}

int main(void)
{
    printf("signal: %d\n", signal(SIGINT, on_signal) == SIG_DFL);
    printf("raise: %d", raise(SIGINT));
    printf(", caught %d\n", (int)caught);
    printf("handler stays: %d\n", signal(SIGINT, SIG_IGN) == on_signal);
    caught = 0;
    printf("ignored: %d", raise(SIGINT));
    printf(", caught %d\n", (int)caught);
    printf("bad number: %d %d\n", signal(0, on_signal) == SIG_ERR, signal(-3, SIG_IGN) == SIG_ERR);
    signal(SIGABRT, on_abort);
    if (setjmp(escape) == 0) {
        abort();
        printf("not reached\n");
    }
    printf("abort handler ran: %d\n", (int)caught);
    printf("setlocale: %d", setlocale(LC_ALL, "") != NULL);
    printf(" %s", setlocale(LC_NUMERIC, "C"));
    printf(" %s", setlocale(LC_ALL, "POSIX"));
    printf(" %d\n", setlocale(LC_ALL, "xx_XX") == NULL);
    printf("decimal point [%s]\n", localeconv()->decimal_point);
    printf("raising SIGTERM");
#ifdef __QPU__
    raise(SIGTERM);
#else
    fflush(stdout);  /* the host's default action is a real signal: do what the QPU does */
    _Exit(128 + SIGTERM);
#endif
    printf("not reached\n");
    return 0;
}
