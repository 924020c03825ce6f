/* exec.c - runs the syntax tree: and/or lists, sequences, background jobs, if/while/
 * until/for, and pipelines of commands, each command a builtin (run in the shell when
 * alone) or a program found on PATH and started with fork and execve. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sh.h"

static int set_status(int status)
{
    last_status = status;
    return status;
}

/* In a child the shell forked: a foreground command takes ^C (SIGINT) as programs do
 * (an interactive shell ignores it); a background job ignores it and leaves the
 * terminal to the foreground: in a process group of its own, a read of the terminal
 * gets end of file (docs/kernel.md, "Terminal"). */
void child_setup(int background)
{
    if (background) {
        signal(SIGINT, SIG_IGN);
        setpgid(0, 0);
    } else if (interactive_shell) {
        signal(SIGINT, SIG_DFL);
    }
    job_child_start();                    /* ^Z stops it (jobs.c) */
}

/* NAME=value words at the start of a command. */
static int count_assignments(char **raw)
{
    int n = 0;
    for (; raw && raw[n]; n++) {
        const char *eq = strchr(raw[n], '=');
        if (eq == NULL || !var_valid_name(raw[n], eq - raw[n]))
            break;
    }
    return n;
}

/* The program a command name runs (find_program's PATH search), or NULL after saying so. */
static char *locate_program(const char *name)
{
    char *path = find_program(name);
    if (path == NULL)
        fprintf(stderr, "sh: %s: command not found\n", name);
    return path;
}

/* Never returns: starts the program (or runs a builtin) in this, a child, process. */
static void exec_child(struct strlist *argv)
{
    builtin_fn builtin = find_builtin(argv->items[0]);
    char *path;
    if (builtin != NULL) {
        int status = builtin(argv->count, argv->items);
        fflush(stdout);
        _exit(status);
    }
    path = locate_program(argv->items[0]);
    if (path == NULL)
        _exit(127);
    execve(path, argv->items, vars_environment());
    if (errno == ENOEXEC) {
        /* a text file without a valid executable header: a script for this shell */
        char first[2] = {0, 0};
        FILE *f = fopen(path, "r");
        if (f != NULL && fread(first, 1, 2, f) == 2 && first[0] == '#' && first[1] == '!') {
            char **args = malloc((argv->count + 2) * sizeof *args);
            fclose(f);
            args[0] = "sh";
            args[1] = path;
            for (int i = 1; i <= argv->count; i++)
                args[i + 1] = argv->items[i];
            execve("/bin/sh.qbin", args, vars_environment());
        }
        fprintf(stderr, "sh: %s: not an executable for this system "
                        "(build it with qcc-lite --target=user)\n", path);
        _exit(126);
    }
    fprintf(stderr, "sh: %s: %s\n", path, strerror(errno));
    _exit(126);
}

/* Expands a command's words; returns 0, or -1 after an error. Assignments before the
 * command name are applied to the shell when there is no command. */
static int prepare(struct node *n, struct strlist *argv, int *only_assignments)
{
    int assignments = count_assignments(n->words);
    *only_assignments = 0;
    for (int i = 0; i < assignments; i++) {
        char *eq = strchr(n->words[i], '=');
        char *name = strndup(n->words[i], eq - n->words[i]);
        char *value = expand_one(eq + 1);
        if (n->words[assignments] == NULL)
            var_set(name, value, 0);
        else
            var_set(name, value, 1);   /* prefix assignments: exported to the child */
        free(name);
        free(value);
    }
    expand_words(n->words + assignments, argv);
    if (argv->count == 0)
        *only_assignments = 1;
    return 0;
}

static int wait_for(int pid, const char *name)
{
    const char *names[2] = { name, NULL };
    return job_wait(&pid, 1, names);
}

/* The program of a simple foreground command, started without forking when that gives
 * the same process (spawn.c), its redirections applied around the start. Returns its
 * pid; 0 when nothing was started and *status is the command's (not found, a failed
 * redirection); -1 when the caller must fork (a script, or no spawn possible). */
static int spawn_simple(struct node *n, struct strlist *argv, int *status)
{
    int saved[20], nsaved, pid, nredirs = 0;
    char *path;
    for (struct redir *r = n->redirs; r; r = r->next)
        nredirs++;
    if (nredirs > 10)
        return -1;                        /* more than saved[] can undo */
    path = locate_program(argv->items[0]);
    if (path == NULL) {
        *status = 127;
        return 0;
    }
    nsaved = apply_redirs(n->redirs, saved, 20);
    if (nsaved < 0) {
        free(path);
        *status = 1;
        return 0;
    }
    pid = spawn_foreground(path, argv->items);
    restore_redirs(saved, nsaved);
    free(path);
    return pid;
}

/* A simple command in the foreground, not part of a pipeline. */
static int run_command(struct node *n)
{
    struct strlist argv = {NULL, 0, 0};
    int only_assignments, saved[20], nsaved, status, pid;
    builtin_fn builtin;
    prepare(n, &argv, &only_assignments);
    if (only_assignments) {
        nsaved = apply_redirs(n->redirs, saved, 20);
        restore_redirs(saved, nsaved < 0 ? 0 : nsaved);
        strlist_free(&argv);
        return nsaved < 0 ? 1 : 0;
    }
    builtin = find_builtin(argv.items[0]);
    if (builtin != NULL) {
        nsaved = apply_redirs(n->redirs, saved, 20);
        status = nsaved < 0 ? 1 : builtin(argv.count, argv.items);
        fflush(stdout);
        restore_redirs(saved, nsaved < 0 ? 0 : nsaved);
        strlist_free(&argv);
        return status;
    }
    fflush(stdout);
    pid = spawn_simple(n, &argv, &status);
    if (pid == 0) {
        strlist_free(&argv);
        return status;
    }
    if (pid < 0)
        pid = fork();
    if (pid < 0) {
        sh_error("fork: %s", strerror(errno));
        strlist_free(&argv);
        return 1;
    }
    if (pid == 0) {
        child_setup(0);
        if (apply_redirs(n->redirs, NULL, 0) < 0)
            _exit(1);
        exec_child(&argv);
    }
    status = wait_for(pid, argv.items[0]);
    strlist_free(&argv);
    return status;
}

/* Runs n in a child process (a pipeline stage or a background job). */
static void run_in_child(struct node *n)
{
    int status;
    if (n->kind == N_CMD) {
        struct strlist argv = {NULL, 0, 0};
        int only;
        prepare(n, &argv, &only);
        if (apply_redirs(n->redirs, NULL, 0) < 0)
            _exit(1);
        if (only)
            _exit(0);
        exec_child(&argv);
    }
    status = run_tree(n);
    fflush(stdout);
    _exit(status);
}

static int count_stages(struct node *n)
{
    return n->kind == N_PIPE ? count_stages(n->left) + count_stages(n->right) : 1;
}

static void collect_stages(struct node *n, struct node **stages, int *k)
{
    if (n->kind == N_PIPE) {
        collect_stages(n->left, stages, k);
        collect_stages(n->right, stages, k);
    } else {
        stages[(*k)++] = n;
    }
}

static int run_pipeline(struct node *n)
{
    int count = count_stages(n), k = 0, input = -1, status = 0;
    struct node **stages = malloc(count * sizeof *stages);
    int *pids = malloc(count * sizeof *pids);
    const char **names;
    collect_stages(n, stages, &k);
    fflush(stdout);
    for (k = 0; k < count; k++) {
        int fds[2] = {-1, -1};
        if (k + 1 < count && pipe(fds) < 0) {
            sh_error("pipe: %s", strerror(errno));
            count = k;
            break;
        }
        pids[k] = fork();
        if (pids[k] == 0) {
            child_setup(0);
            if (input >= 0) {
                dup2(input, 0);
                close(input);
            }
            if (fds[1] >= 0) {
                dup2(fds[1], 1);
                close(fds[1]);
                close(fds[0]);
            }
            run_in_child(stages[k]);
        }
        if (input >= 0)
            close(input);
        if (fds[1] >= 0)
            close(fds[1]);
        input = fds[0];
        if (pids[k] < 0) {
            sh_error("fork: %s", strerror(errno));
            count = k;
            break;
        }
    }
    if (input >= 0)
        close(input);
    names = malloc((count + 1) * sizeof *names);
    for (k = 0; k < count; k++)
        names[k] = stages[k]->kind == N_CMD && stages[k]->words ? stages[k]->words[0]
                                                                 : "pipeline";
    names[count] = NULL;
    if (count > 0)
        status = job_wait(pids, count, names);
    free(names);
    free(stages);
    free(pids);
    return status;
}

static int run_background(struct node *n)
{
    int pid;
    fflush(stdout);
    pid = fork();
    if (pid < 0) {
        sh_error("fork: %s", strerror(errno));
        return 1;
    }
    if (pid == 0) {
        child_setup(1);
        run_in_child(n);
    }
    job_add(pid, n->kind == N_CMD && n->words ? n->words[0] : "job");
    last_background = pid;
    if (interactive_shell)
        fprintf(stderr, "[%d] %d\n", jobs_running(), pid);
    return 0;
}

/* Runs text in a child with its standard output into a pipe; returns what it wrote. */
char *command_output(const char *text)
{
    int fds[2], pid, status;
    size_t len = 0, size = 64;
    char *out = malloc(size);
    long n;
    if (pipe(fds) < 0) {
        sh_error("pipe: %s", strerror(errno));
        out[0] = '\0';
        return out;
    }
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        child_setup(0);
        close(fds[0]);
        dup2(fds[1], 1);
        close(fds[1]);
        run_string(text);
        fflush(stdout);
        _exit(last_status);
    }
    close(fds[1]);
    while ((n = read(fds[0], out + len, size - len - 1)) > 0) {
        len += n;
        if (len + 1 == size)
            out = realloc(out, size *= 2);
    }
    close(fds[0]);
    if (pid > 0 && waitpid(pid, &status, 0) == pid)
        last_status = exit_code(status);
    while (len > 0 && out[len - 1] == '\n')
        len--;
    out[len] = '\0';
    return out;
}

static int run_for(struct node *n)
{
    struct strlist items = {NULL, 0, 0};
    int status = 0;
    expand_words(n->items, &items);
    for (int i = 0; i < items.count && !exit_requested; i++) {
        var_set(n->var, items.items[i], 0);
        status = run_tree(n->body);
    }
    strlist_free(&items);
    return status;
}

static int run_group(struct node *n)
{
    int saved[20], nsaved = apply_redirs(n->redirs, saved, 20), status;
    if (nsaved < 0)
        return 1;
    status = run_tree(n->left);
    fflush(stdout);
    restore_redirs(saved, nsaved);
    return status;
}

int run_tree(struct node *n)
{
    int status = 0;
    if (n == NULL || exit_requested)
        return set_status(last_status);
    switch (n->kind) {
    case N_CMD:
        return set_status(run_command(n));
    case N_PIPE:
        return set_status(run_pipeline(n));
    case N_SEQ:
        run_tree(n->left);
        return run_tree(n->right);
    case N_AND:
        status = run_tree(n->left);
        return status == 0 ? run_tree(n->right) : status;
    case N_OR:
        status = run_tree(n->left);
        return status != 0 ? run_tree(n->right) : status;
    case N_NOT:
        return set_status(run_tree(n->left) == 0);
    case N_BG:
        return set_status(run_background(n->left));
    case N_IF:
        if (run_tree(n->cond) == 0)
            return set_status(run_tree(n->body));
        return set_status(n->orelse ? run_tree(n->orelse) : 0);
    case N_WHILE:
    case N_UNTIL:
        while (!exit_requested && (run_tree(n->cond) == 0) == (n->kind == N_WHILE))
            status = run_tree(n->body);
        return set_status(status);
    case N_FOR:
        return set_status(run_for(n));
    case N_GROUP:
        return set_status(run_group(n));
    }
    return set_status(0);
}
