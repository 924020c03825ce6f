/* fuzz_cc.c - fuzzes the qcc-lite compiler proper on preprocessed C (no cpp is run):
 * parse, check and generate code, at -O0 or -O1 by the input's first byte. */
#include "harness.h"

#include "qcc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct unit_call {
    const char *text;
    size_t len;
    FILE *out;
};

static void compile_unit(void *p)
{
    struct unit_call *c = p;
    Node *unit = parse_text("fuzz.i", c->text, c->len);
    if (!unit || diag_error_count())
        return;
    sema_unit(unit);
    if (diag_error_count())
        return;
    gen_unit(unit, c->out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    if (size == 0 || !sink)
        return 0;
    fuzz_keep_arena = 1;
    opts.opt = data[0] & 1;
    char *text = malloc(size);
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    struct unit_call c = {text, size - 1, sink};
    fuzz_call(compile_unit, &c);
    sema_globals.n = 0;
    free(text);
    return 0;
}
