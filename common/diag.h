/* diag.h - diagnostics for the host tools, in the form users know from gcc:
 *
 *     file:line:col: error: message
 *         the source line
 *              ^
 *
 * Sources are found by file name: a tool registers the text it read (so stdin and
 * preprocessed input work); otherwise the file is read from disk when first needed.
 * Errors are counted; the tool's exit status follows diag_error_count(). After
 * DIAG_MAX_ERRORS errors the tool stops with "too many errors".
 */
#ifndef QPU_DIAG_H
#define QPU_DIAG_H

#include <stdarg.h>
#include <stddef.h>

#define DIAG_MAX_ERRORS 25

struct diag_loc {
    const char *file; /* NULL: no location */
    int line;         /* 1-based; 0: unknown */
    int col;          /* 1-based; 0: no column, no caret */
};

/* Program name used for diagnostics without a location ("qasm: error: ..."). */
void diag_set_program(const char *name);

/* Makes `text` (len bytes, not copied, must outlive the diagnostics) the source of `file`. */
void diag_register_source(const char *file, const char *text, size_t len);

void diag_error_at(struct diag_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void diag_warning_at(struct diag_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void diag_note_at(struct diag_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void diag_verror_at(struct diag_loc loc, const char *kind, const char *fmt, va_list ap);

/* Without a location: "program: error: message". */
void diag_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "program: fatal error: message" and exits with status 2 (or the tool's
 * documented status, diag_set_fatal_status). Out of memory is such an error. */
_Noreturn void diag_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int diag_error_count(void);
int diag_warning_count(void);
/* Treat warnings as errors (-Werror). */
void diag_set_werror(int on);
/* Suppress warnings, and the notes attached to them, entirely (-w); wins over -Werror. */
void diag_set_quiet_warnings(int on);
/* Exit status to use when stopping after too many errors (default 1). */
void diag_set_error_status(int status);
/* Exit status of diag_fatal (default 2). */
void diag_set_fatal_status(int status);
/* Called with the exit status where a diagnostic would end the tool (fatal errors, too
 * many errors); it may longjmp out (the fuzzing harnesses do), else the tool exits. */
void diag_set_exit_hook(void (*hook)(int status));
/* Forgets every error, warning and registered source (for a harness's next input). */
void diag_reset(void);
/* Frees registered sources and cached files; for leak-clean exits. */
void diag_cleanup(void);

#endif
