/* jobs.c - jobs: background jobs (`cmd &`) and, in an interactive shell, job control:
 * ^Z stops the foreground command or pipeline (SIGTSTP, which the shell itself
 * ignores), which becomes a stopped job; `jobs` lists them, `fg` continues one in the
 * foreground, `bg` in the background, `wait` waits for them. Also how the shell tells
 * of a finished job or of a program that a signal killed. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sh.h"

#define MAX_JOBS 32
#define JOB_PIDS 16               /* processes of one job (a pipeline's stages) */

struct job {
    int pids[JOB_PIDS];           /* the last one's status is the job's */
    int npids;
    int ended;                    /* bit k: pids[k] has ended */
    char name[32];
    int done, status, stopped;
};

static struct job jobs[MAX_JOBS];
static int njobs;

int exit_code(int status)
{
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    if (WIFSTOPPED(status))
        return 128 + WSTOPSIG(status);
    return WEXITSTATUS(status);
}

static const char *signal_name(int sig)
{
    switch (sig) {
    case SIGINT: return "Interrupt";
    case SIGKILL: return "Killed";
    case SIGTERM: return "Terminated";
    case SIGSEGV: return "Segmentation fault";
    case SIGILL: return "Illegal instruction";
    case SIGFPE: return "Floating point exception";
    case SIGABRT: return "Aborted";
    case SIGPIPE: return "Broken pipe";
    case SIGHUP: return "Hangup";
    }
    return "Killed by a signal";
}

void report_status(int status, const char *name)
{
    if (WIFSIGNALED(status) && WTERMSIG(status) != SIGPIPE)
        fprintf(stderr, "%s: %s (signal %d)\n", name, signal_name(WTERMSIG(status)),
                WTERMSIG(status));
}

/* ---- the table ---- */

static int add(const int *pids, int count, const char *text, int stopped)
{
    struct job *j;
    if (njobs == MAX_JOBS)
        jobs_reap(0);
    if (njobs == MAX_JOBS || count > JOB_PIDS)
        return -1;
    j = &jobs[njobs++];
    memcpy(j->pids, pids, count * sizeof *pids);
    j->npids = count;
    j->ended = 0;
    j->done = 0;
    j->stopped = stopped;
    snprintf(j->name, sizeof j->name, "%s", text);
    return njobs;
}

int job_add(int pid, const char *text)
{
    return add(&pid, 1, text, 0);
}

int jobs_running(void)
{
    int n = 0;
    for (int i = 0; i < njobs; i++)
        n += !jobs[i].done;
    return n;
}

static void forget_done(int report)
{
    int k = 0;
    for (int i = 0; i < njobs; i++) {
        if (jobs[i].done) {
            if (report)
                fprintf(stderr, "[%d] done (status %d) %s\n", i + 1,
                        exit_code(jobs[i].status), jobs[i].name);
            continue;
        }
        jobs[k++] = jobs[i];
    }
    njobs = k;
}

/* Notes what waitpid said of process k of job j. */
static void note(struct job *j, int k, int status)
{
    if (WIFSTOPPED(status)) {
        j->stopped = 1;
        return;
    }
    if (WIFCONTINUED(status)) {
        j->stopped = 0;
        return;
    }
    j->ended |= 1 << k;
    if (k == j->npids - 1)
        j->status = status;
    if (j->ended == (1 << j->npids) - 1) {
        j->done = 1;
        report_status(j->status, j->name);
    }
}

/* Collects the jobs that have ended, stopped or continued, without waiting. */
void jobs_reap(int report)
{
    for (int i = 0; i < njobs; i++) {
        for (int k = 0; k < jobs[i].npids && !jobs[i].done; k++) {
            int status;
            if (!(jobs[i].ended & 1 << k)
                && waitpid(jobs[i].pids[k], &status, WNOHANG | WUNTRACED | WCONTINUED)
                       == jobs[i].pids[k])
                note(&jobs[i], k, status);
        }
    }
    forget_done(report);
}

/* ---- the foreground ---- */

/* Waits for the foreground processes (a command, or a pipeline's stages, named by
 * names[k] or all by names[0] when names[1] is NULL) to end; the last one's exit code.
 * In an interactive shell one that stops (^Z) makes the rest a stopped job. */
int job_wait(const int *pids, int count, const char *const *names)
{
    int result = 0;
    for (int k = 0; k < count; k++) {
        const char *name = count > 1 && names[1] ? names[k] : names[0];
        int status = 0, options = interactive_shell ? WUNTRACED : 0;
        while (waitpid(pids[k], &status, options) < 0)
            if (errno != EINTR)
                return 127;
        if (WIFSTOPPED(status)) {
            int n = add(pids + k, count - k, names[0], 1);
            fprintf(stderr, "\n[%d] stopped %s\n", n, names[0]);
            return exit_code(status);
        }
        report_status(status, name);
        if (k == count - 1)
            result = exit_code(status);
    }
    return result;
}

/* An interactive shell is not stopped by ^Z (nor by a background read or write of the
 * terminal; ^C is main.c's); the programs it starts are (job_child_start, from
 * exec.c's child_setup). */
void job_control_init(void)
{
    if (!interactive_shell)
        return;
    signal(SIGTSTP, shell_ignores);
    signal(SIGTTIN, shell_ignores);
    signal(SIGTTOU, shell_ignores);
}

void job_child_start(void)
{
    if (!interactive_shell)
        return;
    signal(SIGTSTP, SIG_DFL);
    signal(SIGTTIN, SIG_DFL);
    signal(SIGTTOU, SIG_DFL);
}

/* ---- builtins ---- */

int builtin_jobs(int argc, char **argv)
{
    (void)argc, (void)argv;
    jobs_reap(1);
    for (int i = 0; i < njobs; i++)
        printf("[%d] %d %s %s\n", i + 1, jobs[i].pids[jobs[i].npids - 1],
               jobs[i].stopped ? "stopped" : "running", jobs[i].name);
    return 0;
}

/* The job an argument names: %N (its number in `jobs`), or a pid; none: the last. */
static struct job *find_job(int argc, char **argv)
{
    jobs_reap(0);
    if (argc < 2)
        return njobs > 0 ? &jobs[njobs - 1] : NULL;
    if (argv[1][0] == '%') {
        int n = atoi(argv[1] + 1);
        return n >= 1 && n <= njobs ? &jobs[n - 1] : NULL;
    }
    for (int i = 0; i < njobs; i++)
        for (int k = 0; k < jobs[i].npids; k++)
            if (jobs[i].pids[k] == atoi(argv[1]))
                return &jobs[i];
    return NULL;
}

static void continue_job(struct job *j)
{
    for (int k = 0; k < j->npids; k++)
        if (!(j->ended & 1 << k))
            kill(j->pids[k], SIGCONT);
    j->stopped = 0;
}

/* The process group the terminal's ^C and ^Z go to while a job is in the foreground:
 * a job started with `&` has one of its own (tcsetpgrp hands the terminal over; the
 * shell takes it back after). 1 if it was handed over. */
static int hand_terminal(int group)
{
    return group > 0 && group != getpgrp() && isatty(STDIN_FILENO)
           && tcsetpgrp(STDIN_FILENO, group) == 0;
}

/* fg [%N|PID]: continues the job in the foreground and waits for it. */
int builtin_fg(int argc, char **argv)
{
    struct job *j = find_job(argc, argv);
    int pids[JOB_PIDS], count = 0, handed, status;
    const char *names[2];
    char name[32];
    if (j == NULL) {
        sh_error("fg: %s: no such job", argc < 2 ? "current" : argv[1]);
        return 1;
    }
    for (int k = 0; k < j->npids; k++)
        if (!(j->ended & 1 << k))
            pids[count++] = j->pids[k];
    snprintf(name, sizeof name, "%s", j->name);
    printf("%s\n", name);
    fflush(stdout);
    handed = count > 0 && hand_terminal(getpgid(pids[0]));
    continue_job(j);
    j->done = 1;                          /* the foreground's now; forgotten silently */
    forget_done(0);
    names[0] = name;
    names[1] = NULL;
    status = job_wait(pids, count, names);
    if (handed)
        tcsetpgrp(STDIN_FILENO, getpgrp());
    return status;
}

/* bg [%N|PID]: continues a stopped job in the background; $! is then its pid. */
int builtin_bg(int argc, char **argv)
{
    struct job *j = find_job(argc, argv);
    if (j == NULL) {
        sh_error("bg: %s: no such job", argc < 2 ? "current" : argv[1]);
        return 1;
    }
    continue_job(j);
    last_background = j->pids[j->npids - 1];   /* $!, as bash sets it */
    fprintf(stderr, "[%d] %s &\n", (int)(j - jobs) + 1, j->name);
    return 0;
}

/* wait [PID...]: waits for the given jobs, or all; the status is the last one's. A
 * stopped job is not waited for (it would never end): it is reported instead. */
int builtin_wait(int argc, char **argv)
{
    int result = 0;
    jobs_reap(0);
    for (int i = 0; i < njobs; i++) {
        int wanted = argc < 2;
        for (int a = 1; a < argc; a++)
            for (int k = 0; k < jobs[i].npids; k++)
                if (atoi(argv[a]) == jobs[i].pids[k])
                    wanted = 1;
        if (!wanted || jobs[i].done)
            continue;
        if (jobs[i].stopped) {
            fprintf(stderr, "wait: [%d] %s is stopped\n", i + 1, jobs[i].name);
            continue;
        }
        for (int k = 0; k < jobs[i].npids; k++) {
            int status = 127 << 8;
            if (jobs[i].ended & 1 << k)
                continue;
            while (waitpid(jobs[i].pids[k], &status, 0) < 0 && errno == EINTR)
                ;
            note(&jobs[i], k, status);
        }
        result = exit_code(jobs[i].status);
    }
    forget_done(0);
    return result;
}
