/* harness.h - what the fuzzing harnesses share (harness.c): the input written to a file
 * in a private temporary directory, and running a tool's real main() (renamed by the
 * build, e.g. qasm_main) as if from the command line, with its diagnostics' exits turned
 * into a return to the harness. */
#ifndef QPU_FUZZ_HARNESS_H
#define QPU_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* libFuzzer's entry point; also called by standalone.c for plain builds. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The harness's own directory (created once, removed at exit). */
const char *fuzz_dir(void);

/* Writes data to fuzz_dir()/name and returns the path (static storage). */
const char *fuzz_write(const char *name, const void *data, size_t size);

/* Calls fn(arg) with diagnostics reset; an exit through a diagnostic returns its status
 * (else 0). The arena is freed afterwards. */
int fuzz_call(void (*fn)(void *), void *arg);

/* Set by a harness whose tool keeps pointers into the arena in static variables across
 * inputs (the qcc-lite compiler): the arena is then never freed between inputs, and
 * scripts/fuzz.sh runs that fuzzer in fork mode so the memory is returned per batch. */
extern int fuzz_keep_arena;

/* Runs tool_main(argc, argv) with getopt and the diagnostics reset; an exit through a
 * diagnostic (fatal error, too many errors) returns its status instead of exiting. */
int fuzz_run_main(int (*tool_main)(int, char **), int argc, const char **argv);

#endif
