/* fuzz_qasm.c - fuzzes qasm: the input is one source file, assembled to a flat program
 * and (for odd-sized inputs) to an object with a listing, through qasm's own main(). */
#include "harness.h"

#include <stdio.h>

int qasm_main(int argc, char **argv);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char out[128], listing[128];
    snprintf(out, sizeof out, "%s/out", fuzz_dir());
    snprintf(listing, sizeof listing, "%s/out.lst", fuzz_dir());
    const char *src = fuzz_write("in.qasm", data, size);
    if (size % 2 == 0) {
        const char *argv[] = {"qasm", "-o", out, src};
        fuzz_run_main(qasm_main, 4, argv);
    } else {
        const char *argv[] = {"qasm", "-c", "-o", out, "-l", listing, src};
        fuzz_run_main(qasm_main, 7, argv);
    }
    return 0;
}
