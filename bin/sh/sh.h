/* sh.h - the shared types of /bin/sh: tokens, the syntax tree, and the functions each
 * part offers (lexer.c, parser.c, expand.c, glob.c, vars.c, exec.c, redirect.c, jobs.c,
 * builtins.c, input.c, lineedit.c, main.c). */
#ifndef SH_H
#define SH_H

#include <stddef.h>

/* ---- tokens (lexer.c) ---- */
enum token_type {
    T_WORD, T_NEWLINE, T_SEMI, T_AMP, T_PIPE, T_AND_IF, T_OR_IF, T_LESS, T_GREAT,
    T_DGREAT, T_GREATAND, T_LESSAND, T_LPAREN, T_RPAREN, T_EOF
};

struct token {
    int type;
    char *text;          /* T_WORD: the raw text, quotes included */
    int fd;              /* redirections: the descriptor written before them, or -1 */
};

/* lex() results */
#define LEX_OK         0
#define LEX_INCOMPLETE 1      /* an open quote: more input is needed */

int lex(const char *text, struct token **tokens, int *count);
const char *skip_parens(const char *p);
void free_tokens(struct token *tokens, int count);

/* ---- syntax tree (parser.c) ---- */
enum node_kind { N_CMD, N_PIPE, N_AND, N_OR, N_SEQ, N_BG, N_NOT, N_IF, N_WHILE, N_UNTIL,
                 N_FOR, N_GROUP };
enum redir_kind { R_IN, R_OUT, R_APPEND, R_DUP_OUT, R_DUP_IN };

struct redir {
    int kind;
    int fd;              /* the descriptor redirected */
    char *word;          /* file name or descriptor number, unexpanded */
    struct redir *next;
};

struct node {
    int kind;
    struct node *left, *right;         /* PIPE AND OR SEQ; BG/NOT/GROUP use left */
    char **words;                      /* CMD: raw words, NULL-terminated */
    int nwords;
    struct redir *redirs;              /* CMD */
    struct node *cond, *body, *orelse; /* IF, WHILE, UNTIL, FOR (body) */
    char *var;                         /* FOR */
    char **items;                      /* FOR: raw words, NULL-terminated */
    int nitems;
};

#define PARSE_OK         0
#define PARSE_INCOMPLETE 1
#define PARSE_ERROR      2

int parse(struct token *tokens, int count, struct node **tree);
void free_tree(struct node *n);

/* ---- words (expand.c, glob.c) ---- */
struct strlist {
    char **items;        /* NULL-terminated */
    int count, capacity;
};

void strlist_add(struct strlist *list, char *item);   /* takes ownership */
void strlist_free(struct strlist *list);
/* Expands raw words (variables, quotes, field splitting, globbing) into fields. */
int expand_words(char **words, struct strlist *out);
/* One word to one string (no splitting, no globbing): for redirection targets. */
char *expand_one(const char *word);
/* Adds the paths matching a pattern (in which \ quotes a character), sorted; returns
 * how many. */
int glob_pattern(const char *pattern, struct strlist *out);

/* ---- variables (vars.c) ---- */
void vars_init(char **envp);
const char *var_get(const char *name);
int var_set(const char *name, const char *value, int export);
void var_unset(const char *name);
int var_valid_name(const char *name, size_t len);
char **vars_environment(void);           /* "NAME=value" of the exported ones */
void vars_print_exported(void);

extern int last_status;                  /* $? */
extern int shell_pid;                    /* $$ */
extern int last_background;              /* $! */
extern char **positional;                /* $1... (positional[0] is $0) */
extern int npositional;

/* ---- execution (exec.c, redirect.c, jobs.c, builtins.c) ---- */
int run_tree(struct node *n);            /* returns the status, also in last_status */
void child_setup(int background);        /* signals and group of a forked child */
int apply_redirs(struct redir *r, int *saved, int max_saved);
void restore_redirs(int *saved, int count);
char *find_program(const char *name);    /* malloc'd path or NULL */
void shell_ignores(int sig);              /* spawn.c: the handler that does nothing */
int spawn_foreground(const char *path, char **argv);  /* pid, or -1: fork instead */
char *command_output(const char *text);  /* $(...): the output, final newlines cut */
void report_status(int status, const char *name);
int exit_code(int status);

int job_add(int pid, const char *text);
void jobs_reap(int report);              /* collects finished background jobs */
int jobs_running(void);
int builtin_jobs(int argc, char **argv);
int builtin_wait(int argc, char **argv);
int builtin_fg(int argc, char **argv);
int builtin_bg(int argc, char **argv);
int job_wait(const int *pids, int count, const char *const *names);  /* foreground */
void job_control_init(void);             /* an interactive shell ignores ^Z */
void job_child_start(void);              /* in a child: ^Z stops it */

typedef int (*builtin_fn)(int argc, char **argv);
builtin_fn find_builtin(const char *name);

/* ---- input (input.c, main.c) ---- */
int run_source(int fd, int interactive);  /* reads and runs commands until the end */
int run_string(const char *text);
extern int interactive_shell;
extern int exit_requested, exit_value;

/* ---- line editor (lineedit.c) ---- */
char *read_line_interactive(const char *prompt);   /* NULL at end of input */
char *read_plain_line(int fd);

void sh_error(const char *format, ...);

#endif
