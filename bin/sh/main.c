/* main.c - /bin/sh: `sh` reads commands from standard input (with a prompt and line
 * editing on a terminal), `sh FILE [ARGS]` runs a script, `sh -c COMMANDS [NAME ARGS]`
 * runs a string. Input is read line by line; a command that needs more (an open quote,
 * `if` without `fi`, a trailing `|`) reads further lines. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

extern char **environ;
int interactive_shell;

void sh_error(const char *format, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("sh: ", stderr);
    va_start(ap, format);
    vfprintf(stderr, format, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* Runs one complete piece of text; returns PARSE_OK, _INCOMPLETE or _ERROR. */
static int run_text(const char *text)
{
    struct token *tokens;
    struct node *tree;
    int count, result;
    if (lex(text, &tokens, &count) == LEX_INCOMPLETE)
        return PARSE_INCOMPLETE;
    result = parse(tokens, count, &tree);
    free_tokens(tokens, count);
    if (result == PARSE_OK) {
        run_tree(tree);
        free_tree(tree);
        fflush(stdout);
    } else if (result == PARSE_ERROR) {
        last_status = 2;
    }
    return result;
}

int run_string(const char *text)
{
    if (run_text(text) == PARSE_INCOMPLETE) {
        sh_error("syntax error: unexpected end of input");
        last_status = 2;
    }
    return last_status;
}

static char *next_line(int fd, int interactive, const char *prompt)
{
    if (interactive)
        return read_line_interactive(prompt);
    return read_plain_line(fd);
}

int run_source(int fd, int interactive)
{
    char *pending = NULL;
    while (!exit_requested) {
        char *line;
        if (interactive && pending == NULL)
            jobs_reap(1);
        line = next_line(fd, interactive, pending ? "> " : "$ ");
        if (line == NULL)
            break;
        if (pending != NULL) {
            size_t n = strlen(pending) + strlen(line) + 2;
            char *joined = malloc(n);
            snprintf(joined, n, "%s\n%s", pending, line);
            free(pending);
            free(line);
            line = joined;
        }
        pending = NULL;
        if (run_text(line) == PARSE_INCOMPLETE)
            pending = line;
        else
            free(line);
    }
    if (pending != NULL) {
        sh_error("syntax error: unexpected end of input");
        free(pending);
        last_status = 2;
    }
    return last_status;
}

static int finish(int status)
{
    fflush(stdout);
    if (jobs_running() > 0) {
        fprintf(stderr, "sh: waiting for %d background job%s\n", jobs_running(),
                jobs_running() > 1 ? "s" : "");
        char *args[] = {"wait", NULL};
        builtin_wait(1, args);
    }
    return exit_requested ? exit_value : status;
}

int main(int argc, char **argv)
{
    int status;
    shell_pid = getpid();
    vars_init(environ);
    positional = argv;
    npositional = argc;
    if (argc > 1 && strcmp(argv[1], "-c") == 0) {
        if (argc < 3) {
            fprintf(stderr, "usage: sh [-c COMMANDS [NAME ARGS...]] [FILE [ARGS...]]\n");
            return 2;
        }
        positional = argv + 3;
        npositional = argc - 3;
        if (npositional == 0) {
            positional = argv;
            npositional = 1;
        }
        return finish(run_string(argv[2]));
    }
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] != '\0') {
        fprintf(stderr, "sh: %s: unknown option\n"
                        "usage: sh [-c COMMANDS [NAME ARGS...]] [FILE [ARGS...]]\n", argv[1]);
        return 2;
    }
    if (argc > 1) {
        int fd = open(argv[1], O_RDONLY);
        if (fd < 0) {
            fprintf(stderr, "sh: %s: %s\n", argv[1], strerror(errno));
            return 127;
        }
        positional = argv + 1;
        npositional = argc - 1;
        return finish(run_source(fd, 0));
    }
    interactive_shell = isatty(STDIN_FILENO);
    if (interactive_shell)
        signal(SIGINT, shell_ignores);   /* ^C is for the foreground job */
    job_control_init();                  /* and so is ^Z (jobs.c) */
    status = run_source(STDIN_FILENO, interactive_shell);
    if (interactive_shell && !exit_requested)
        write(STDOUT_FILENO, "\n", 1);   /* end of input ends the prompt's line */
    return finish(status);
}
