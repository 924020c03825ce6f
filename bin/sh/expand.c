/* expand.c - turns raw words into fields: $NAME ${NAME} $(COMMANDS) $? $$ $! $# $0..$9 $@ $*,
 * quote removal ('...' "..." \x), field splitting of unquoted expansions on blanks,
 * and globbing of unquoted * ? [ (glob.c). A pattern that matches nothing stays as
 * written, as in POSIX shells. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sh.h"

/* The field being built: its characters, and a copy with quoted glob characters
 * escaped by '\' for the pattern. */
struct field {
    char *text, *pattern;
    int len, plen, cap, pcap;
    int has_glob, started;
};

struct expansion {
    struct strlist *out;
    struct field f;
    int glob;                 /* expand_words (1) or expand_one (0) */
};

static void append(char **buf, int *len, int *cap, int c)
{
    if (*len + 2 > *cap) {
        *cap = *cap ? *cap * 2 : 32;
        *buf = realloc(*buf, *cap);
    }
    (*buf)[(*len)++] = (char)c;
    (*buf)[*len] = '\0';
}

static void put(struct expansion *e, int c, int quoted)
{
    struct field *f = &e->f;
    append(&f->text, &f->len, &f->cap, c);
    if (quoted && strchr("*?[]\\", c))
        append(&f->pattern, &f->plen, &f->pcap, '\\');
    append(&f->pattern, &f->plen, &f->pcap, c);
    if (!quoted && strchr("*?[", c))
        f->has_glob = 1;
    f->started = 1;
}

static void end_field(struct expansion *e)
{
    struct field *f = &e->f;
    if (f->started) {
        if (!(e->glob && f->has_glob && glob_pattern(f->pattern, e->out) > 0))
            strlist_add(e->out, strdup(f->text ? f->text : ""));
    }
    free(f->text);
    free(f->pattern);
    memset(f, 0, sizeof *f);
}

/* Puts an expanded value: quoted as one piece, unquoted split on blanks. */
static void put_value(struct expansion *e, const char *value, int quoted)
{
    for (; value && *value; value++) {
        if (!quoted && e->glob && strchr(" \t\n", *value)) {
            end_field(e);
            continue;
        }
        put(e, *value, quoted);
    }
}

static void put_number(struct expansion *e, int n, int quoted)
{
    char buf[16];
    snprintf(buf, sizeof buf, "%d", n);
    put_value(e, buf, quoted);
}

/* "$@" makes one field per positional parameter. */
static void put_all_params(struct expansion *e, int quoted, int at)
{
    for (int i = 1; i < npositional; i++) {
        if (i > 1) {
            if (quoted && at)
                end_field(e);
            else
                put(e, ' ', quoted);
        }
        put_value(e, positional[i], quoted);
    }
    if (npositional <= 1 && quoted && at && e->f.len == 0)
        e->f.started = 0;                     /* "$@" with no parameters: no field */
}

/* Expands the $ at p; returns the position after it. */
static const char *dollar(struct expansion *e, const char *p, int quoted)
{
    char name[64];
    int len = 0;
    p++;
    if (*p == '?') {
        put_number(e, last_status, quoted);
        return p + 1;
    }
    if (*p == '$') {
        put_number(e, shell_pid, quoted);
        return p + 1;
    }
    if (*p == '#') {
        put_number(e, npositional > 0 ? npositional - 1 : 0, quoted);
        return p + 1;
    }
    if (*p == '(') {
        const char *end = skip_parens(p);
        char *inner, *output;
        if (end == NULL) {
            put(e, '$', quoted);
            return p;
        }
        inner = strndup(p + 1, end - p - 2);
        output = command_output(inner);
        put_value(e, output, quoted);
        free(inner);
        free(output);
        return end;
    }
    if (*p == '!') {
        if (last_background > 0)
            put_number(e, last_background, quoted);
        return p + 1;
    }
    if (*p == '@' || *p == '*') {
        put_all_params(e, quoted, *p == '@');
        return p + 1;
    }
    if (*p >= '0' && *p <= '9') {
        int k = *p - '0';
        if (k < npositional)
            put_value(e, positional[k], quoted);
        return p + 1;
    }
    if (*p == '{') {
        const char *end = strchr(p, '}');
        if (end == NULL || end - p - 1 >= (int)sizeof name) {
            put(e, '$', quoted);
            return p;
        }
        memcpy(name, p + 1, end - p - 1);
        name[end - p - 1] = '\0';
        if (strcmp(name, "?") == 0 || strcmp(name, "#") == 0 ||
            (name[0] >= '0' && name[0] <= '9' && name[1] == '\0')) {
            char text[4] = {'$', name[0], 0, 0};
            dollar(e, text, quoted);
        } else {
            put_value(e, var_get(name), quoted);
        }
        return end + 1;
    }
    while ((p[len] == '_' || (p[len] >= 'a' && p[len] <= 'z') ||
            (p[len] >= 'A' && p[len] <= 'Z') || (len > 0 && p[len] >= '0' && p[len] <= '9')) &&
           len < (int)sizeof name - 1) {
        name[len] = p[len];
        len++;
    }
    if (len == 0) {
        put(e, '$', quoted);
        return p;
    }
    name[len] = '\0';
    put_value(e, var_get(name), quoted);
    return p + len;
}

static void expand_word(struct expansion *e, const char *p)
{
    while (*p) {
        if (*p == '\'') {
            e->f.started = 1;
            for (p++; *p && *p != '\''; p++)
                put(e, *p, 1);
            if (*p)
                p++;
        } else if (*p == '"') {
            e->f.started = 1;
            for (p++; *p && *p != '"';) {
                if (*p == '\\' && p[1] && strchr("$`\"\\\n", p[1])) {
                    if (p[1] != '\n')
                        put(e, p[1], 1);
                    p += 2;
                } else if (*p == '$') {
                    p = dollar(e, p, 1);
                } else {
                    put(e, *p++, 1);
                }
            }
            if (*p)
                p++;
        } else if (*p == '\\') {
            if (p[1])
                put(e, p[1], 1);
            p += p[1] ? 2 : 1;
        } else if (*p == '$') {
            p = dollar(e, p, 0);
        } else {
            put(e, *p++, 0);
        }
    }
    end_field(e);
}

int expand_words(char **words, struct strlist *out)
{
    struct expansion e;
    memset(&e, 0, sizeof e);
    e.out = out;
    e.glob = 1;
    for (int i = 0; words && words[i]; i++) {
        const char *w = words[i];
        if (w[0] == '~' && (w[1] == '\0' || w[1] == '/') && var_get("HOME")) {
            put_value(&e, var_get("HOME"), 1);
            w++;
        }
        expand_word(&e, w);
    }
    return out->count;
}

char *expand_one(const char *word)
{
    struct strlist list = {NULL, 0, 0};
    struct expansion e;
    char *result;
    memset(&e, 0, sizeof e);
    e.out = &list;
    expand_word(&e, word);
    result = list.count > 0 ? strdup(list.items[0]) : strdup("");
    strlist_free(&list);
    return result;
}

void strlist_add(struct strlist *list, char *item)
{
    if (list->count + 2 > list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 8;
        list->items = realloc(list->items, list->capacity * sizeof *list->items);
    }
    list->items[list->count++] = item;
    list->items[list->count] = NULL;
}

void strlist_free(struct strlist *list)
{
    for (int i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = list->capacity = 0;
}
