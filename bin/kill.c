/* kill.c - sends a signal (default TERM) to processes: kill [-s NAME | -NAME | -N] PID...;
 * a negative PID names a process group. kill -l lists the signal names. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct { const char *name; int number; } signals[] = {
    {"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT}, {"ILL", SIGILL},
    {"TRAP", SIGTRAP}, {"ABRT", SIGABRT}, {"BUS", SIGBUS}, {"FPE", SIGFPE},
    {"KILL", SIGKILL}, {"USR1", SIGUSR1}, {"SEGV", SIGSEGV}, {"USR2", SIGUSR2},
    {"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM}, {"CHLD", SIGCHLD},
    {"CONT", SIGCONT}, {"STOP", SIGSTOP}, {"TSTP", SIGTSTP}, {"TTIN", SIGTTIN},
    {"TTOU", SIGTTOU}};
#define NSIGNALS ((int)(sizeof signals / sizeof signals[0]))

static int signal_number(const char *s)
{
    char *end;
    long n = strtol(s, &end, 10);
    if (*s && *end == '\0')
        return n >= 0 && n < 32 ? (int)n : -1;
    if (strncasecmp(s, "SIG", 3) == 0)
        s += 3;
    for (int k = 0; k < NSIGNALS; k++)
        if (strcasecmp(s, signals[k].name) == 0)
            return signals[k].number;
    return -1;
}

static int usage(void)
{
    fprintf(stderr, "usage: kill [-s SIGNAL | -SIGNAL] PID... | kill -l\n");
    return 2;
}

int main(int argc, char **argv)
{
    int sig = SIGTERM, i = 1, status = 0;
    if (argc < 2)
        return usage();
    if (strcmp(argv[1], "-l") == 0) {
        for (int k = 0; k < NSIGNALS; k++)
            printf("%2d %s\n", signals[k].number, signals[k].name);
        return 0;
    }
    if (strcmp(argv[1], "-s") == 0) {
        if (argc < 3)
            return usage();
        sig = signal_number(argv[2]);
        i = 3;
    } else if (argv[1][0] == '-' && argv[1][1] && !(argv[1][1] == '-' && !argv[1][2])) {
        sig = signal_number(argv[1] + 1);
        i = 2;
    } else if (strcmp(argv[1], "--") == 0) {
        i = 2;
    }
    if (sig < 0) {
        fprintf(stderr, "kill: %s: invalid signal\n", argv[i - 1]);
        return 2;
    }
    if (i >= argc)
        return usage();
    for (; i < argc; i++) {
        char *end;
        long pid = strtol(argv[i], &end, 10);
        if (*argv[i] == '\0' || *end != '\0') {
            fprintf(stderr, "kill: %s: arguments must be process ids\n", argv[i]);
            status = 1;
            continue;
        }
        if (kill((int)pid, sig) < 0) {
            fprintf(stderr, "kill: (%ld): %s\n", pid, strerror(errno));
            status = 1;
        }
    }
    return status;
}
