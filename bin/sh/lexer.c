/* lexer.c - splits shell input into words and operators. A word keeps its quotes and
 * backslashes (expand.c removes them); a run of digits just before < or > is the
 * descriptor of that redirection (2>, 2>&1). An unclosed quote asks for more input. */
#include <stdlib.h>
#include <string.h>
#include "sh.h"

struct lexer {
    struct token *tokens;
    int count, capacity;
};

static void push(struct lexer *lx, int type, char *text, int fd)
{
    if (lx->count == lx->capacity) {
        lx->capacity = lx->capacity ? lx->capacity * 2 : 16;
        lx->tokens = realloc(lx->tokens, lx->capacity * sizeof *lx->tokens);
    }
    lx->tokens[lx->count].type = type;
    lx->tokens[lx->count].text = text;
    lx->tokens[lx->count].fd = fd;
    lx->count++;
}

/* Skips a parenthesized command text at p (at '('), quotes and nesting included;
 * returns the position after the matching ')', or NULL if it is not closed. */
const char *skip_parens(const char *p)
{
    int depth = 0;
    for (; *p; p++) {
        if (*p == '\\' && p[1]) {
            p++;
        } else if (*p == '\'') {
            p = strchr(p + 1, '\'');
            if (p == NULL)
                return NULL;
        } else if (*p == '"') {
            for (p++; *p && *p != '"'; p++)
                if (*p == '\\' && p[1])
                    p++;
            if (*p == '\0')
                return NULL;
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')' && --depth == 0) {
            return p + 1;
        }
    }
    return NULL;
}

/* Scans one word starting at p; returns its end, or NULL if a quote is left open. */
static const char *scan_word(const char *p)
{
    while (*p && !strchr(" \t\n;&|<>()", *p)) {
        if (*p == '\\') {
            if (p[1] == '\0')
                return p + 1;
            p += 2;
        } else if (*p == '\'') {
            p = strchr(p + 1, '\'');
            if (p == NULL)
                return NULL;
            p++;
        } else if (*p == '"') {
            p++;
            while (*p && *p != '"')
                p += *p == '\\' && p[1] ? 2 : 1;
            if (*p != '"')
                return NULL;
            p++;
        } else if (*p == '$' && p[1] == '{') {
            const char *end = strchr(p, '}');
            p = end ? end + 1 : p + 2;
        } else if (*p == '$' && p[1] == '(') {
            p = skip_parens(p + 1);
            if (p == NULL)
                return NULL;
        } else {
            p++;
        }
    }
    return p;
}

/* Matches an operator at p; returns its length and sets *type, or 0. */
static int scan_operator(const char *p, int *type)
{
    static const struct { const char *text; int type; } ops[] = {
        {"&&", T_AND_IF}, {"||", T_OR_IF}, {">>", T_DGREAT}, {">&", T_GREATAND},
        {"<&", T_LESSAND}, {"\n", T_NEWLINE}, {";", T_SEMI}, {"&", T_AMP},
        {"|", T_PIPE}, {"<", T_LESS}, {">", T_GREAT}, {"(", T_LPAREN}, {")", T_RPAREN}};
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
        size_t n = strlen(ops[k].text);
        if (strncmp(p, ops[k].text, n) == 0) {
            *type = ops[k].type;
            return (int)n;
        }
    }
    return 0;
}

int lex(const char *text, struct token **tokens, int *count)
{
    struct lexer lx = {NULL, 0, 0};
    const char *p = text;
    for (;;) {
        int type, n, fd = -1;
        while (*p == ' ' || *p == '\t' || (*p == '\\' && p[1] == '\n'))
            p += *p == '\\' ? 2 : 1;
        if (*p == '#') {
            while (*p && *p != '\n')
                p++;
        }
        if (*p == '\0')
            break;
        if (*p >= '0' && *p <= '9') {            /* 2> 2>&1 */
            const char *q = p;
            while (*q >= '0' && *q <= '9')
                q++;
            if (*q == '<' || *q == '>') {
                fd = atoi(p);
                p = q;
            }
        }
        n = scan_operator(p, &type);
        if (n > 0) {
            push(&lx, type, NULL, fd);
            p += n;
            continue;
        }
        const char *end = scan_word(p);
        if (end == NULL) {
            free_tokens(lx.tokens, lx.count);
            return LEX_INCOMPLETE;
        }
        char *word = malloc(end - p + 1);
        memcpy(word, p, end - p);
        word[end - p] = '\0';
        push(&lx, T_WORD, word, -1);
        p = end;
    }
    push(&lx, T_EOF, NULL, -1);
    *tokens = lx.tokens;
    *count = lx.count;
    return LEX_OK;
}

void free_tokens(struct token *tokens, int count)
{
    for (int i = 0; i < count; i++)
        free(tokens[i].text);
    free(tokens);
}
