/* builtins.c - the commands the shell runs itself: cd pwd exit exec source . export
 * unset set shift jobs wait fg bg run echo true false : */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sh.h"

int exit_requested, exit_value;

static int builtin_cd(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : var_get("HOME");
    char cwd[256];
    if (dir == NULL)
        dir = "/";
    if (chdir(dir) < 0) {
        sh_error("cd: %s: %s", dir, strerror(errno));
        return 1;
    }
    if (getcwd(cwd, sizeof cwd) != NULL)
        var_set("PWD", cwd, 1);
    return 0;
}

static int builtin_pwd(int argc, char **argv)
{
    char cwd[256];
    (void)argc, (void)argv;
    if (getcwd(cwd, sizeof cwd) == NULL) {
        sh_error("pwd: %s", strerror(errno));
        return 1;
    }
    puts(cwd);
    return 0;
}

static int builtin_exit(int argc, char **argv)
{
    exit_requested = 1;
    exit_value = argc > 1 ? atoi(argv[1]) & 0xFF : last_status;
    return exit_value;
}

static int builtin_exec(int argc, char **argv)
{
    char *path;
    if (argc < 2)
        return 0;                   /* redirections only: they stay (see exec.c) */
    path = find_program(argv[1]);
    if (path == NULL) {
        sh_error("exec: %s: not found", argv[1]);
        return 127;
    }
    fflush(stdout);
    execve(path, argv + 1, vars_environment());
    sh_error("exec: %s: %s", path, strerror(errno));
    free(path);
    return 126;
}

static int builtin_source(int argc, char **argv)
{
    FILE *f;
    char *text = NULL;
    size_t size = 0, len = 0;
    char buf[256];
    size_t n;
    int status;
    if (argc < 2) {
        sh_error("%s: usage: %s FILE", argv[0], argv[0]);
        return 2;
    }
    f = fopen(argv[1], "r");
    if (f == NULL) {
        sh_error("%s: %s", argv[1], strerror(errno));
        return 1;
    }
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        if (len + n + 1 > size) {
            size = (len + n + 1) * 2;
            text = realloc(text, size);
        }
        memcpy(text + len, buf, n);
        len += n;
    }
    fclose(f);
    if (text == NULL)
        return 0;
    text[len] = '\0';
    status = run_string(text);
    free(text);
    return status;
}

static int builtin_export(int argc, char **argv)
{
    if (argc < 2)
        vars_print_exported();
    for (int i = 1; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        size_t len = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
        char *name = strndup(argv[i], len);
        if (!var_valid_name(name, len)) {
            sh_error("export: '%s': not a valid name", argv[i]);
            free(name);
            return 1;
        }
        var_set(name, eq ? eq + 1 : NULL, 1);
        free(name);
    }
    return 0;
}

static int builtin_unset(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        var_unset(argv[i]);
    return 0;
}

static int builtin_shift(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1;
    if (n < 0 || n > npositional - 1) {
        sh_error("shift: can't shift that many");
        return 1;
    }
    for (int i = 1; i + n < npositional; i++)
        positional[i] = positional[i + n];
    npositional -= n;
    return 0;
}

static int builtin_echo(int argc, char **argv)
{
    int i = 1, newline = 1;
    while (i < argc && strcmp(argv[i], "-n") == 0)
        newline = 0, i++;
    for (int first = i; i < argc; i++)
        printf(i > first ? " %s" : "%s", argv[i]);
    if (newline)
        putchar('\n');
    return 0;
}

/* run PROGRAM [ARGS...]: the kernel shell's command, kept for the mission's scene. */
static int builtin_run(int argc, char **argv)
{
    char *path;
    int pid;
    const char *names[2] = { NULL, NULL };
    if (argc < 2) {
        sh_error("usage: run PROGRAM [ARGS...]");
        return 2;
    }
    path = find_program(argv[1]);
    if (path == NULL) {
        sh_error("%s: not found", argv[1]);
        return 127;
    }
    fflush(stdout);
    pid = spawn_foreground(path, argv + 1);
    if (pid < 0)
        pid = fork();                     /* a script, or spawn is not the same here */
    if (pid == 0) {
        child_setup(0);
        execve(path, argv + 1, vars_environment());
        if (errno == ENOEXEC)
            fprintf(stderr, "sh: %s: not an executable for this system "
                            "(build it with qcc-lite --target=user)\n", path);
        else
            fprintf(stderr, "sh: %s: %s\n", path, strerror(errno));
        _exit(126);
    }
    free(path);
    if (pid < 0) {
        sh_error("fork: %s", strerror(errno));
        return 1;
    }
    names[0] = argv[1];
    return job_wait(&pid, 1, names);
}

static int builtin_true(int argc, char **argv) { (void)argc, (void)argv; return 0; }
static int builtin_false(int argc, char **argv) { (void)argc, (void)argv; return 1; }

builtin_fn find_builtin(const char *name)
{
    static const struct { const char *name; builtin_fn fn; } table[] = {
        {"cd", builtin_cd}, {"pwd", builtin_pwd}, {"exit", builtin_exit},
        {"exec", builtin_exec}, {"source", builtin_source}, {".", builtin_source},
        {"export", builtin_export}, {"unset", builtin_unset}, {"shift", builtin_shift},
        {"jobs", builtin_jobs}, {"wait", builtin_wait}, {"run", builtin_run},
        {"fg", builtin_fg}, {"bg", builtin_bg},
        {"echo", builtin_echo}, {"true", builtin_true}, {"false", builtin_false},
        {":", builtin_true}};
    for (size_t k = 0; k < sizeof table / sizeof table[0]; k++)
        if (strcmp(table[k].name, name) == 0)
            return table[k].fn;
    return NULL;
}
