/* parser.c - builds the syntax tree from tokens (recursive descent):
 *   list     := and_or ((';' | '&' | newline) and_or)*
 *   and_or   := pipeline (('&&' | '||') newline* pipeline)*
 *   pipeline := ['!'] command ('|' newline* command)*
 *   command  := if | while | until | for | '(' list ')' | '{' list '}' | simple
 * Keywords count only unquoted, in command position. Running out of tokens where more
 * must follow is PARSE_INCOMPLETE (the caller reads another line). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sh.h"

struct parser {
    struct token *t;
    int pos, count;
    int status;            /* PARSE_OK, or the first problem */
};

static struct node *parse_list(struct parser *p, const char *const *stops);

static struct token *cur(struct parser *p) { return &p->t[p->pos]; }

static int is_word(struct parser *p, const char *text)
{
    return cur(p)->type == T_WORD && strcmp(cur(p)->text, text) == 0;
}

static void fail(struct parser *p, int status)
{
    if (p->status == PARSE_OK)
        p->status = status;
}

static void unexpected(struct parser *p)
{
    static const char *names[] = {"word", "newline", ";", "&", "|", "&&", "||", "<", ">",
                                  ">>", ">&", "<&", "(", ")", "end of input"};
    struct token *t = cur(p);
    if (t->type == T_EOF) {
        fail(p, PARSE_INCOMPLETE);
        return;
    }
    if (p->status == PARSE_OK)
        sh_error("syntax error near '%s'", t->type == T_WORD ? t->text : names[t->type]);
    fail(p, PARSE_ERROR);
}

static struct node *new_node(int kind)
{
    struct node *n = calloc(1, sizeof *n);
    n->kind = kind;
    return n;
}

static struct node *binary(int kind, struct node *left, struct node *right)
{
    struct node *n = new_node(kind);
    n->left = left;
    n->right = right;
    return n;
}

static void skip_newlines(struct parser *p)
{
    while (cur(p)->type == T_NEWLINE)
        p->pos++;
}

static void expect_word(struct parser *p, const char *word)
{
    skip_newlines(p);
    if (is_word(p, word))
        p->pos++;
    else
        unexpected(p);
}

static int is_redirection(int type)
{
    return type == T_LESS || type == T_GREAT || type == T_DGREAT || type == T_GREATAND ||
           type == T_LESSAND;
}

static char *take_text(struct parser *p)
{
    char *text = cur(p)->text;
    cur(p)->text = NULL;          /* the tree owns it now */
    p->pos++;
    return text;
}

static void add_word(char ***words, int *n, char *word)
{
    *words = realloc(*words, (*n + 2) * sizeof **words);
    (*words)[(*n)++] = word;
    (*words)[*n] = NULL;
}

static struct redir *parse_redirection(struct parser *p)
{
    struct token *t = cur(p);
    struct redir *r = calloc(1, sizeof *r);
    int in = t->type == T_LESS || t->type == T_LESSAND;
    r->kind = t->type == T_LESS ? R_IN : t->type == T_GREAT ? R_OUT
            : t->type == T_DGREAT ? R_APPEND : t->type == T_GREATAND ? R_DUP_OUT : R_DUP_IN;
    r->fd = t->fd >= 0 ? t->fd : in ? 0 : 1;
    p->pos++;
    if (cur(p)->type != T_WORD) {
        unexpected(p);
        return r;
    }
    r->word = take_text(p);
    return r;
}

static struct node *parse_simple(struct parser *p)
{
    struct node *n = new_node(N_CMD);
    struct redir **tail = &n->redirs;
    for (;;) {
        int type = cur(p)->type;
        if (type == T_WORD) {
            add_word(&n->words, &n->nwords, take_text(p));
        } else if (is_redirection(type)) {
            *tail = parse_redirection(p);
            tail = &(*tail)->next;
        } else {
            break;
        }
    }
    if (n->nwords == 0 && n->redirs == NULL)
        unexpected(p);
    return n;
}

static struct node *parse_if(struct parser *p)
{
    static const char *const cond_stops[] = {"then", NULL};
    static const char *const body_stops[] = {"elif", "else", "fi", NULL};
    struct node *n = new_node(N_IF);
    p->pos++;                                  /* if or elif */
    n->cond = parse_list(p, cond_stops);
    expect_word(p, "then");
    n->body = parse_list(p, body_stops);
    skip_newlines(p);
    if (is_word(p, "elif")) {
        n->orelse = parse_if(p);
        return n;                              /* the inner if took the fi */
    }
    if (is_word(p, "else")) {
        static const char *const else_stops[] = {"fi", NULL};
        p->pos++;
        n->orelse = parse_list(p, else_stops);
    }
    expect_word(p, "fi");
    return n;
}

static struct node *parse_loop(struct parser *p, int kind)
{
    static const char *const cond_stops[] = {"do", NULL};
    static const char *const body_stops[] = {"done", NULL};
    struct node *n = new_node(kind);
    p->pos++;
    if (kind == N_FOR) {
        if (cur(p)->type != T_WORD || !var_valid_name(cur(p)->text, strlen(cur(p)->text))) {
            unexpected(p);
            return n;
        }
        n->var = take_text(p);
        skip_newlines(p);
        if (is_word(p, "in")) {
            p->pos++;
            while (cur(p)->type == T_WORD)
                add_word(&n->items, &n->nitems, take_text(p));
        } else {
            add_word(&n->items, &n->nitems, strdup("\"$@\""));
        }
        if (cur(p)->type == T_SEMI)
            p->pos++;
    } else {
        n->cond = parse_list(p, cond_stops);
    }
    expect_word(p, "do");
    n->body = parse_list(p, body_stops);
    expect_word(p, "done");
    return n;
}

static struct node *parse_group(struct parser *p)
{
    static const char *const stops[] = {"}", NULL};
    static const char *const none[] = {NULL};
    struct node *n = new_node(N_GROUP);
    if (cur(p)->type == T_LPAREN) {
        p->pos++;
        n->left = parse_list(p, none);
        skip_newlines(p);
        if (cur(p)->type == T_RPAREN)
            p->pos++;
        else
            unexpected(p);
    } else {
        p->pos++;
        n->left = parse_list(p, stops);
        expect_word(p, "}");
    }
    return n;
}

static struct node *parse_command(struct parser *p)
{
    struct node *n;
    if (is_word(p, "if"))
        n = parse_if(p);
    else if (is_word(p, "while"))
        n = parse_loop(p, N_WHILE);
    else if (is_word(p, "until"))
        n = parse_loop(p, N_UNTIL);
    else if (is_word(p, "for"))
        n = parse_loop(p, N_FOR);
    else if (cur(p)->type == T_LPAREN || is_word(p, "{"))
        n = parse_group(p);
    else
        return parse_simple(p);
    /* a compound command may be followed by redirections: keep them on a wrapper */
    if (is_redirection(cur(p)->type)) {
        struct node *w = new_node(N_GROUP);
        struct redir **tail = &w->redirs;
        w->left = n;
        while (is_redirection(cur(p)->type)) {
            *tail = parse_redirection(p);
            tail = &(*tail)->next;
        }
        return w;
    }
    return n;
}

static struct node *parse_pipeline(struct parser *p)
{
    int negate = 0;
    struct node *n;
    if (is_word(p, "!")) {
        negate = 1;
        p->pos++;
    }
    n = parse_command(p);
    while (p->status == PARSE_OK && cur(p)->type == T_PIPE) {
        p->pos++;
        skip_newlines(p);
        n = binary(N_PIPE, n, parse_command(p));
    }
    if (negate) {
        struct node *not = new_node(N_NOT);
        not->left = n;
        n = not;
    }
    return n;
}

static struct node *parse_and_or(struct parser *p)
{
    struct node *n = parse_pipeline(p);
    while (p->status == PARSE_OK && (cur(p)->type == T_AND_IF || cur(p)->type == T_OR_IF)) {
        int kind = cur(p)->type == T_AND_IF ? N_AND : N_OR;
        p->pos++;
        skip_newlines(p);
        n = binary(kind, n, parse_pipeline(p));
    }
    return n;
}

static int at_stop(struct parser *p, const char *const *stops)
{
    int type = cur(p)->type;
    if (type == T_EOF || type == T_RPAREN)
        return 1;
    for (int k = 0; stops[k]; k++)
        if (is_word(p, stops[k]))
            return 1;
    return 0;
}

/* A list, up to one of the stop words (or the end, or ')'). */
static struct node *parse_list(struct parser *p, const char *const *stops)
{
    struct node *list = NULL;
    skip_newlines(p);
    while (p->status == PARSE_OK && !at_stop(p, stops)) {
        struct node *n = parse_and_or(p);
        int type = cur(p)->type;
        if (type == T_AMP)
            n = binary(N_BG, n, NULL);
        if (type == T_AMP || type == T_SEMI || type == T_NEWLINE)
            p->pos++;
        else if (!at_stop(p, stops))
            unexpected(p);
        list = list ? binary(N_SEQ, list, n) : n;
        skip_newlines(p);
    }
    if (list == NULL && stops[0] != NULL)
        unexpected(p);             /* `if then`, `while do`: a body may not be empty */
    return list;
}

int parse(struct token *tokens, int count, struct node **tree)
{
    static const char *const none[] = {NULL};
    struct parser p = {tokens, 0, count, PARSE_OK};
    *tree = parse_list(&p, none);
    if (p.status == PARSE_OK && cur(&p)->type != T_EOF)
        unexpected(&p);
    if (p.status != PARSE_OK) {
        free_tree(*tree);
        *tree = NULL;
    }
    return p.status;
}

static void free_words(char **words)
{
    for (int i = 0; words && words[i]; i++)
        free(words[i]);
    free(words);
}

void free_tree(struct node *n)
{
    if (n == NULL)
        return;
    free_tree(n->left);
    free_tree(n->right);
    free_tree(n->cond);
    free_tree(n->body);
    free_tree(n->orelse);
    free_words(n->words);
    free_words(n->items);
    free(n->var);
    for (struct redir *r = n->redirs, *next; r; r = next) {
        next = r->next;
        free(r->word);
        free(r);
    }
    free(n);
}
