/* parse_ctx.h - state shared by the scanner (lexer.l) and the parser (parser.y) while one
 * source file is read. Nothing global: both get it as a parameter. */
#ifndef QASM_PARSE_CTX_H
#define QASM_PARSE_CTX_H

#include "asm.h"

struct parse_ctx {
    struct program *prog;
    const char *file;
    int line, col;       /* position of the next character */
    int errors;
    int last_error_line; /* only the first error of a line is reported */
};

/* Reports an error at (line, col) unless one was already reported on that line. */
void parse_error_at(struct parse_ctx *ctx, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
