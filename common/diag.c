/* diag.c - gcc-style diagnostics with the source line and a caret (see diag.h). */
#include "diag.h"

#include "fileio.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct source {
    char *file;
    const char *text;
    size_t len;
    char *owned; /* text read from disk by us, or NULL */
    struct source *next;
};

#define DIAG_SOURCE_LIMIT ((size_t)1 << 28) /* source lines shown from files up to 256 MB */

static const char *program = "qpu";
static struct source *sources;
static int errors, warnings, werror;
static int quiet_warnings;  /* -w: warnings are not printed nor counted */
static int skipping_notes;  /* the notes that follow a suppressed warning */
static int error_status = 1;
static int fatal_status = 2;
static void (*exit_hook)(int status); /* fuzzing harnesses: return to the harness */

void diag_set_program(const char *name) { program = name; }
void diag_set_werror(int on) { werror = on; }
void diag_set_quiet_warnings(int on) { quiet_warnings = on; }
void diag_set_error_status(int status) { error_status = status; }
void diag_set_fatal_status(int status) { fatal_status = status; }
void diag_set_exit_hook(void (*hook)(int status)) { exit_hook = hook; }

void diag_reset(void)
{
    diag_cleanup();
    errors = warnings = 0;
    skipping_notes = 0;
}

/* Where a diagnostic ends the tool: the hook (if any) first, which may not return. */
static _Noreturn void stop(int status)
{
    if (exit_hook)
        exit_hook(status);
    exit(status);
}
int diag_error_count(void) { return errors; }
int diag_warning_count(void) { return warnings; }

void diag_register_source(const char *file, const char *text, size_t len)
{
    struct source *s = xcalloc(1, sizeof *s);
    s->file = xstrdup(file);
    s->text = text;
    s->len = len;
    s->next = sources;
    sources = s;
}

static struct source *find_source(const char *file)
{
    for (struct source *s = sources; s; s = s->next)
        if (strcmp(s->file, file) == 0)
            return s;
    size_t len = 0;
    char why[160];
    char *text = strcmp(file, "-") == 0 ? NULL
                 : read_input_quiet(file, DIAG_SOURCE_LIMIT, 0, &len, why, sizeof why);
    diag_register_source(file, text ? text : "", text ? len : 0);
    sources->owned = text;
    return sources;
}

/* Prints line `line` of the source and a caret under column `col` (tabs kept). */
static void print_source_line(struct diag_loc loc)
{
    struct source *s = find_source(loc.file);
    const char *p = s->text, *end = s->text + s->len;
    for (int n = 1; n < loc.line && p < end; n++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return;
        p = nl + 1;
    }
    if (p >= end && loc.line > 1)
        return;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t n = eol ? (size_t)(eol - p) : (size_t)(end - p);
    if (n > 500) /* keep very long lines readable */
        n = 500;
    fprintf(stderr, "  %.*s\n  ", (int)n, p);
    for (int c = 1; c < loc.col && (size_t)(c - 1) < n; c++)
        fputc(p[c - 1] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

void diag_verror_at(struct diag_loc loc, const char *kind, const char *fmt, va_list ap)
{
    if (loc.file && loc.line > 0 && loc.col > 0)
        fprintf(stderr, "%s:%d:%d: %s: ", loc.file, loc.line, loc.col, kind);
    else if (loc.file && loc.line > 0)
        fprintf(stderr, "%s:%d: %s: ", loc.file, loc.line, kind);
    else if (loc.file)
        fprintf(stderr, "%s: %s: ", loc.file, kind);
    else
        fprintf(stderr, "%s: %s: ", program, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    if (loc.file && loc.line > 0 && loc.col > 0)
        print_source_line(loc);
}

static void count_error(void)
{
    if (++errors >= DIAG_MAX_ERRORS) {
        fprintf(stderr, "%s: too many errors, stopping\n", program);
        stop(error_status);
    }
}

void diag_error_at(struct diag_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror_at(loc, "error", fmt, ap);
    va_end(ap);
    count_error();
    skipping_notes = 0;
}

void diag_warning_at(struct diag_loc loc, const char *fmt, ...)
{
    skipping_notes = quiet_warnings;
    if (quiet_warnings)
        return;
    va_list ap;
    va_start(ap, fmt);
    diag_verror_at(loc, werror ? "error" : "warning", fmt, ap);
    va_end(ap);
    if (werror)
        count_error();
    else
        warnings++;
}

void diag_note_at(struct diag_loc loc, const char *fmt, ...)
{
    if (skipping_notes)
        return;
    va_list ap;
    va_start(ap, fmt);
    diag_verror_at(loc, "note", fmt, ap);
    va_end(ap);
}

void diag_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror_at((struct diag_loc){0}, "error", fmt, ap);
    va_end(ap);
    count_error();
    skipping_notes = 0;
}

void diag_warning(const char *fmt, ...)
{
    skipping_notes = quiet_warnings;
    if (quiet_warnings)
        return;
    va_list ap;
    va_start(ap, fmt);
    diag_verror_at((struct diag_loc){0}, "warning", fmt, ap);
    va_end(ap);
    warnings++;
}

void diag_fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror_at((struct diag_loc){0}, "fatal error", fmt, ap);
    va_end(ap);
    stop(fatal_status);
}

void diag_cleanup(void)
{
    while (sources) {
        struct source *s = sources;
        sources = s->next;
        free(s->owned);
        free(s->file);
        free(s);
    }
}
