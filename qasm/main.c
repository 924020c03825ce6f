/* main.c - the qasm driver: options, then the pipeline
 * parse -> check -> symbols -> encode -> flat .qbin (or ELF object with -c). */
#include "asm.h"
#include "fileio.h"
#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QASM_VERSION "0.1.0"
#define EXIT_ERRORS 255 /* as the reference assembler */
#define QASM_SOURCE_LIMIT ((size_t)64 << 20) /* bytes per source file (docs/qasm.md) */

static void usage(FILE *f)
{
    fputs("usage: qasm [options] file...\n"
          "Assembles QPU assembly (shared/spec/qasm.md) into a flat .qbin program, or with\n"
          "-c into an ELF relocatable object. Several files assemble as one program;\n"
          "'-' reads standard input.\n"
          "\n"
          "  -o FILE          output file (default out.qbin, or out.o with -c)\n"
          "  -c               write an ELF32 relocatable object (docs/object-format.md)\n"
          "  -l, --listing FILE  write a listing: address, words, source line\n"
          "  -t none          assemble exactly the given files (the only target: there is\n"
          "                   no built-in runtime)\n"
          "  -W, --Werror     treat warnings as errors\n"
          "  --help, --version\n", f);
}

struct args {
    const char *out, *listing;
    struct asm_options opt;
    char **files;
    int nfiles;
};

static void parse_args(int argc, char **argv, struct args *a)
{
    static const struct option longopts[] = {
        {"help", no_argument, NULL, 'h'},    {"version", no_argument, NULL, 'V'},
        {"listing", required_argument, NULL, 'l'}, {"output", required_argument, NULL, 'o'},
        {"target", required_argument, NULL, 't'},  {"Werror", no_argument, NULL, 'W'},
        {NULL, 0, NULL, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "o:l:t:cW", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': a->out = optarg; break;
        case 'l': a->listing = optarg; break;
        case 'c': a->opt.object = true; break;
        case 'W': diag_set_werror(1); break;
        case 't':
            if (strcmp(optarg, "none") != 0) {
                diag_error("target '%s' is not available: this assembler has no built-in "
                           "runtime; use -t none", optarg);
                exit(2);
            }
            break;
        case 'h': usage(stdout); exit(0);
        case 'V': printf("qasm %s\n", QASM_VERSION); exit(0);
        default: usage(stderr); exit(2);
        }
    }
    a->files = argv + optind;
    a->nfiles = argc - optind;
    if (a->nfiles == 0) {
        diag_error("no input files");
        usage(stderr);
        exit(2);
    }
    if (!a->out)
        a->out = a->opt.object ? "out.o" : "out.qbin";
    const char *outputs[] = {a->out, a->listing};
    if (outputs_clash(outputs, 2, (const char *const *)a->files, (size_t)a->nfiles))
        exit(EXIT_ERRORS);
}

/* Reads and parses every input; the texts stay alive for diagnostics and the listing. */
static void read_inputs(struct program *p, struct args *a, char **texts)
{
    p->sources = arena_alloc((size_t)a->nfiles * sizeof *p->sources);
    for (int i = 0; i < a->nfiles; i++) {
        const char *path = a->files[i];
        const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
        size_t len;
        texts[i] = read_input(path, QASM_SOURCE_LIMIT, INPUT_STREAMS, &len);
        if (!texts[i])
            continue;
        diag_register_source(name, texts[i], len);
        p->sources[p->nsources++] = (struct source_text){name, texts[i], len};
        parse_source(p, name, texts[i], len);
    }
}

static bool write_flat(const char *path, const struct image *img)
{
    size_t n;
    uint32_t *w = flat_words(img, &n);
    unsigned char *bytes = xmalloc(n * 4);
    for (size_t i = 0; i < n; i++)
        put_u32le(bytes + 4 * i, w[i]);
    bool ok = write_file(path, bytes, n * 4);
    free(bytes);
    free(w);
    return ok;
}

static int assemble(struct args *a)
{
    struct program prog = {0};
    char **texts = xcalloc((size_t)a->nfiles, sizeof *texts);
    read_inputs(&prog, a, texts);
    uint32_t sizes[SEC_COUNT];
    struct symtab *syms;
    struct image img;
    /* Later passes run after errors too, to report as much as possible at once. */
    check_program(&prog, &a->opt, sizes);
    syms = symtab_build(&prog, a->opt.object);
    if (diag_error_count() == 0)
        encode_program(&prog, syms, sizes, a->opt.object, &img);
    bool ok = diag_error_count() == 0;
    if (ok && a->listing && !write_listing(a->listing, &prog, &img, a->opt.object)) {
        diag_error("cannot write listing '%s': %s", a->listing, strerror(errno));
        ok = false;
    }
    if (ok) {
        bool written = a->opt.object ? write_object(a->out, syms, &img) : write_flat(a->out, &img);
        if (!written) {
            diag_error("cannot write '%s': %s", a->out, strerror(errno));
            ok = false;
        }
    }
    diag_cleanup();
    for (int i = 0; i < a->nfiles; i++)
        free(texts[i]);
    free(texts);
    return ok ? 0 : EXIT_ERRORS;
}

int main(int argc, char **argv)
{
    diag_set_program("qasm");
    diag_set_error_status(EXIT_ERRORS);
    diag_set_fatal_status(EXIT_ERRORS);
    struct args a = {0};
    parse_args(argc, argv, &a);
    int status = assemble(&a);
    arena_free_all();
    return status;
}
