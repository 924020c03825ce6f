/* jobs.c - background jobs (`cmd &`): the table, `jobs`, `wait`, and how the shell
 * tells of a finished job or of a program that a signal killed. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sh.h"

#define MAX_JOBS 32

struct job {
    int pid;
    char name[32];
    int done, status;
};

static struct job jobs[MAX_JOBS];
static int njobs;

int exit_code(int status)
{
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
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
    }
    return "Killed by a signal";
}

void report_status(int status, const char *name)
{
    if (WIFSIGNALED(status) && WTERMSIG(status) != SIGPIPE)
        fprintf(stderr, "%s: %s (signal %d)\n", name, signal_name(WTERMSIG(status)),
                WTERMSIG(status));
}

int job_add(int pid, const char *text)
{
    if (njobs == MAX_JOBS)
        jobs_reap(0);
    if (njobs == MAX_JOBS)
        return -1;
    jobs[njobs].pid = pid;
    jobs[njobs].done = 0;
    snprintf(jobs[njobs].name, sizeof jobs[njobs].name, "%s", text);
    njobs++;
    return njobs;
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

/* Collects the jobs that have ended, without waiting. */
void jobs_reap(int report)
{
    for (int i = 0; i < njobs; i++) {
        int status;
        if (!jobs[i].done && waitpid(jobs[i].pid, &status, WNOHANG) == jobs[i].pid) {
            jobs[i].done = 1;
            jobs[i].status = status;
            report_status(status, jobs[i].name);
        }
    }
    forget_done(report);
}

int builtin_jobs(int argc, char **argv)
{
    (void)argc, (void)argv;
    jobs_reap(1);
    for (int i = 0; i < njobs; i++)
        printf("[%d] %d running %s\n", i + 1, jobs[i].pid, jobs[i].name);
    return 0;
}

/* wait [PID...]: waits for the given jobs, or all; the status is the last one's. */
int builtin_wait(int argc, char **argv)
{
    int result = 0;
    for (int i = 0; i < njobs; i++) {
        int wanted = argc < 2, status;
        for (int a = 1; a < argc; a++)
            if (atoi(argv[a]) == jobs[i].pid)
                wanted = 1;
        if (!wanted || jobs[i].done)
            continue;
        while (waitpid(jobs[i].pid, &status, 0) < 0 && errno == EINTR)
            ;
        jobs[i].done = 1;
        jobs[i].status = status;
        report_status(status, jobs[i].name);
        result = exit_code(status);
    }
    forget_done(0);
    return result;
}
