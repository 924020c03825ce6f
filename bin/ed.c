/* ed.c - the line editor, scriptable from a pipe: `ed FILE` reads the file (printing
 * its size), then runs commands from standard input. Addresses: N . $ +N -N /RE/ ?RE?
 * and ranges A,B (`,` is 1,$). Commands: a i c (text up to a line with "."), d p n =,
 * s/RE/REPLACEMENT/[g] (& is the match), w [FILE], q, Q, r FILE. An error prints "?"
 * (the reason after `h`); status 1 if an error happened in a script. */
#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **lines;            /* lines[1..count], without newlines */
static long count, capacity, current;
static char filename[128];
static const char *last_error = "";
static int modified, had_error;
static char last_pattern[128];

static void insert_line(long after, const char *text)
{
    if (count + 2 > capacity) {
        capacity = capacity ? capacity * 2 : 64;
        lines = realloc(lines, capacity * sizeof *lines);
    }
    memmove(&lines[after + 2], &lines[after + 1], (count - after) * sizeof *lines);
    lines[after + 1] = strdup(text);
    count++;
    modified = 1;
}

static void delete_lines(long from, long to)
{
    for (long k = from; k <= to; k++)
        free(lines[k]);
    memmove(&lines[from], &lines[to + 1], (count - to) * sizeof *lines);
    count -= to - from + 1;
    modified = 1;
}

static long read_file(const char *path, long after)
{
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t size = 0;
    ssize_t len;
    long bytes = 0;
    if (f == NULL)
        return -1;
    while ((len = getline(&line, &size, f)) >= 0) {
        bytes += len;
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        insert_line(after++, line);
    }
    free(line);
    fclose(f);
    current = after;
    return bytes;
}

static long write_file(const char *path, long from, long to)
{
    FILE *f = fopen(path, "w");
    long bytes = 0;
    if (f == NULL)
        return -1;
    for (long k = from; k <= to && k >= 1; k++) {
        fprintf(f, "%s\n", lines[k]);
        bytes += (long)strlen(lines[k]) + 1;
    }
    fclose(f);
    return bytes;
}

/* Finds the next (dir 1) or previous (dir -1) line matching the pattern. */
static long search(const char *pattern, int dir)
{
    regex_t re;
    if (pattern[0] != '\0')
        snprintf(last_pattern, sizeof last_pattern, "%s", pattern);
    if (last_pattern[0] == '\0' || regcomp(&re, last_pattern, REG_NOSUB) != 0)
        return -1;
    for (long k = 1; k <= count; k++) {
        long n = ((current - 1 + dir * k) % count + count) % count + 1;
        if (regexec(&re, lines[n], 0, NULL, 0) == 0) {
            regfree(&re);
            return n;
        }
    }
    regfree(&re);
    return -1;
}

/* Parses one address at *p; returns it, -2 if there is none, -1 if it is bad. */
static long parse_address(const char **p)
{
    long n = -2;
    const char *s = *p;
    if (*s >= '0' && *s <= '9') {
        n = strtol(s, (char **)&s, 10);
    } else if (*s == '.') {
        n = current, s++;
    } else if (*s == '$') {
        n = count, s++;
    } else if (*s == '/' || *s == '?') {
        char delim = *s++, pattern[128];
        int k = 0;
        while (*s && *s != delim && k < 127)
            pattern[k++] = *s++;
        pattern[k] = '\0';
        if (*s == delim)
            s++;
        n = search(pattern, delim == '/' ? 1 : -1);
        if (n < 0) {
            last_error = "no match";
            *p = s;
            return -1;
        }
    }
    while (*s == '+' || *s == '-') {
        int sign = *s++ == '+' ? 1 : -1;
        long step = 1;
        if (*s >= '0' && *s <= '9')
            step = strtol(s, (char **)&s, 10);
        n = (n == -2 ? current : n) + sign * step;
    }
    *p = s;
    return n;
}

static int error(const char *why)
{
    last_error = why;
    had_error = 1;
    puts("?");
    return 0;
}

/* Reads text lines up to "." and inserts them after line `after`. */
static void input_text(long after)
{
    char *line = NULL;
    size_t size = 0;
    ssize_t len;
    while ((len = getline(&line, &size, stdin)) >= 0) {
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (strcmp(line, ".") == 0)
            break;
        insert_line(after++, line);
    }
    free(line);
    current = after;
}

/* s/RE/REPLACEMENT/[g] on lines from..to. */
static int substitute(long from, long to, const char *p)
{
    char delim = *p++, pattern[128], repl[128];
    int k = 0, global = 0, done = 0;
    regex_t re;
    while (*p && *p != delim && k < 127) {
        if (*p == '\\' && p[1] == delim)
            p++;
        pattern[k++] = *p++;
    }
    pattern[k] = '\0';
    if (*p != delim)
        return error("missing delimiter");
    p++;
    for (k = 0; *p && *p != delim && k < 127; p++) {
        if (*p == '\\' && p[1])
            p++, repl[k++] = (char)(*p == '&' ? 1 : *p);   /* \& is a literal & */
        else
            repl[k++] = *p;
    }
    repl[k] = '\0';
    if (*p == delim)
        p++;
    global = *p == 'g';
    if (pattern[0] != '\0')
        snprintf(last_pattern, sizeof last_pattern, "%s", pattern);
    if (regcomp(&re, last_pattern, 0) != 0)
        return error("bad pattern");
    for (long n = from; n <= to; n++) {
        char out[1024], *s = lines[n];
        int o = 0, changed = 0, notbol = 0;
        regmatch_t m;
        while (*s && regexec(&re, s, 1, &m, notbol ? REG_NOTBOL : 0) == 0 && o < 900) {
            memcpy(out + o, s, m.rm_so);
            o += m.rm_so;
            for (int r = 0; repl[r] && o < 1000; r++) {
                if (repl[r] == '&') {
                    memcpy(out + o, s + m.rm_so, m.rm_eo - m.rm_so);
                    o += m.rm_eo - m.rm_so;
                } else {
                    out[o++] = repl[r] == 1 ? '&' : repl[r];
                }
            }
            if (m.rm_eo == m.rm_so) {
                if (s[m.rm_eo])
                    out[o++] = s[m.rm_eo];
                s += m.rm_eo + (s[m.rm_eo] != 0);
            } else {
                s += m.rm_eo;
            }
            changed = 1;
            notbol = 1;
            if (!global)
                break;
        }
        if (!changed)
            continue;
        strcpy(out + o, s);
        free(lines[n]);
        lines[n] = strdup(out);
        current = n;
        done = modified = 1;
    }
    regfree(&re);
    return done ? 0 : error("no match");
}

/* Runs one command line; returns 1 to quit. */
static int command(const char *p)
{
    long a1, a2, bytes;
    int given;
    a1 = parse_address(&p);
    if (a1 == -1)
        return error(last_error);
    a2 = a1;
    if (*p == ',' || *p == ';') {
        p++;
        if (a1 == -2)
            a1 = 1;
        a2 = parse_address(&p);
        if (a2 == -2)
            a2 = count;
        if (a2 == -1)
            return error(last_error);
    }
    given = a1 != -2;
    if (!given)
        a1 = a2 = current;
    if (a1 < 0 || a2 > count || a1 > a2 || (a1 == 0 && !strchr("aqQwr=", *p ? *p : 'p')))
        return error("invalid address");
    switch (*p) {
    case '\0':
        if (!given)
            a1 = a2 = current + 1;
        if (a2 < 1 || a2 > count)
            return error("invalid address");
        current = a2;
        puts(lines[current]);
        return 0;
    case 'p':
    case 'n':
        for (long k = a1; k <= a2; k++)
            printf(*p == 'n' ? "%ld\t%s\n" : "%.0ld%s\n", *p == 'n' ? k : 0L, lines[k]);
        current = a2;
        return 0;
    case 'a':
        input_text(a2);
        return 0;
    case 'i':
        input_text(a1 > 0 ? a1 - 1 : 0);
        return 0;
    case 'c':
        delete_lines(a1, a2);
        input_text(a1 - 1);
        return 0;
    case 'd':
        delete_lines(a1, a2);
        current = a1 <= count ? a1 : count;
        return 0;
    case '=':
        printf("%ld\n", given ? a2 : count);
        return 0;
    case 's':
        return substitute(a1, a2, p + 1);
    case 'w':
    case 'r': {
        int cmd = *p++;
        while (*p == ' ')
            p++;
        if (*p)
            snprintf(filename, sizeof filename, "%s", p);
        if (filename[0] == '\0')
            return error("no file name");
        if (cmd == 'r') {
            bytes = read_file(filename, given ? a2 : count);
        } else {
            if (!given)
                a1 = 1, a2 = count;
            bytes = write_file(filename, a1, a2);
            if (bytes >= 0)
                modified = 0;
        }
        if (bytes < 0)
            return error("cannot open the file");
        printf("%ld\n", bytes);
        return 0;
    }
    case 'q':
        return 1;
    case 'Q':
        return 1;
    case 'h':
        if (last_error[0])
            puts(last_error);
        return 0;
    }
    return error("unknown command");
}

int main(int argc, char **argv)
{
    char *line = NULL;
    size_t size = 0;
    ssize_t len;
    if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
        fprintf(stderr, "usage: ed [FILE]\n");
        return 1;
    }
    if (argc == 2) {
        long bytes;
        snprintf(filename, sizeof filename, "%s", argv[1]);
        bytes = read_file(filename, 0);
        if (bytes < 0)
            fprintf(stderr, "%s: %s\n", filename, strerror(errno));
        else
            printf("%ld\n", bytes);
        modified = 0;
    }
    while ((len = getline(&line, &size, stdin)) >= 0) {
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        fflush(stdout);
        if (command(line))
            break;
        fflush(stdout);
    }
    free(line);
    return had_error;
}
