/* qdasm.c - the disassembler's driver: reads a flat .qbin, writes assembly that qasm turns
 * back into the same bytes (disasm.c). */
#include "asm.h"
#include "fileio.h"
#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* The largest program read, in bytes: the largest qvm machine (1 G words). */
#define QDASM_INPUT_LIMIT ((size_t)4 << 30)

static void usage(FILE *f)
{
    fputs("usage: qdasm [-o out.qasm] program.qbin\n"
          "Disassembles a flat QPU program ('-' reads standard input) into assembly that\n"
          "reassembles with qasm to the same bytes. Output goes to stdout without -o.\n", f);
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
        {"output", required_argument, NULL, 'o'}, {NULL, 0, NULL, 0},
    };
    diag_set_program("qdasm");
    const char *out_path = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': out_path = optarg; break;
        case 'h': usage(stdout); return 0;
        case 'V': puts("qdasm 0.1.0"); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc - 1) {
        usage(stderr);
        return 2;
    }
    const char *path = argv[optind];
    if (out_path && output_is_input(out_path, &path, 1))
        return 1;
    size_t len;
    unsigned char *data = (unsigned char *)read_input(path, QDASM_INPUT_LIMIT, INPUT_STREAMS, &len);
    if (!data)
        return 1;
    if (len % 4) {
        diag_error("%s: size %zu is not a whole number of 32-bit words", path, len);
        free(data);
        return 1;
    }
    size_t n = len / 4;
    uint32_t *words = xmalloc((n ? n : 1) * sizeof *words);
    for (size_t i = 0; i < n; i++)
        words[i] = get_u32le(data + 4 * i);
    free(data);
    char *text = NULL;
    size_t text_len = 0;
    FILE *mem = open_memstream(&text, &text_len);
    if (!mem) {
        free(words);
        diag_error("out of memory");
        return 1;
    }
    disassemble(words, n, mem);
    fclose(mem);
    free(words);
    bool ok = out_path ? write_file(out_path, text, text_len)
                       : fwrite(text, 1, text_len, stdout) == text_len;
    if (!ok)
        diag_error("cannot write '%s': %s", out_path ? out_path : "stdout", strerror(errno));
    free(text);
    return ok ? 0 : 1;
}
