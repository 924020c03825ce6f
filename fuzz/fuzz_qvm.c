/* fuzz_qvm.c - fuzzes qvm: the input is a program file, loaded and run for at most
 * 5 000 cycles on a 64 K-word machine through qvm's own main(). A cycle limit also
 * counts interrupt entries and returns (docs/qvm.md); a run of 2 500 zero-cycle fault
 * rounds, each reloading a list-MMU table as large as memory, is the slowest input
 * (fuzz/regressions/qvm/mmu-list-reload-per-interrupt.qbin, about 0.5 s under ASan). */
#include "harness.h"

int qvm_main(int argc, char **argv);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 200000) /* larger files do not fit the 64 K-word machine: refused, exit 2 */
        return 0;
    const char *prog = fuzz_write("prog.qbin", data, size);
    const char *argv[] = {"qvm", "-m", "65536", "-c", "5000", prog};
    fuzz_run_main(qvm_main, 6, argv);
    return 0;
}
