/* fuzz_qld.c - fuzzes qld: the input is one ELF object or `ar` archive, linked to a flat
 * program with a map and an ELF executable through qld's own main(). */
#include "harness.h"

#include <stdio.h>

int qld_main(int argc, char **argv);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char out[128], map[128], elf[128];
    snprintf(out, sizeof out, "%s/out.qbin", fuzz_dir());
    snprintf(map, sizeof map, "%s/out.map", fuzz_dir());
    snprintf(elf, sizeof elf, "%s/out.elf", fuzz_dir());
    int is_archive = size >= 8 && data[0] == '!';
    const char *in = fuzz_write(is_archive ? "in.a" : "in.o", data, size);
    const char *argv[] = {"qld", "-o", out, "--map", map, "--elf", elf, in};
    fuzz_run_main(qld_main, 8, argv);
    return 0;
}
