/* main.c - qld, the QPU linker: links ELF objects and `ar` archives into a flat .qbin
 * (and optionally an ELF executable and a map file). docs/object-format.md.
 *
 *   qld -o prog.qbin [--base ADDR] [-e SYMBOL] [--map FILE] [--elf FILE] a.o lib.a ...
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "fileio.h"
#include "platform.h"
#include "qld.h"

static void usage(FILE *f)
{
    fputs("usage: qld -o OUTPUT.qbin [--base ADDR] [-e SYMBOL] [--map FILE] [--elf FILE]\n"
          "           FILE.o|LIB.a ...\n"
          "  -o FILE      flat program to write (text, rodata, data; bss is not stored)\n"
          "  --base ADDR  word address of the first word (default 0x1000)\n"
          "  -e SYMBOL    entry symbol, placed at the base address (default _start)\n"
          "  --map FILE   write a symbol map (address, nm type letter, name)\n"
          "  --elf FILE   write an ELF executable with symbols\n",
          f);
}

static bool parse_address(const char *s, uint32_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *end || s[0] == '-' || v > UINT32_MAX)
        return false;
    *out = (uint32_t)v;
    return true;
}

/* Returns 0 to go on, or an exit status. */
static int parse_options(int argc, char **argv, struct options *opt)
{
    static const struct option longopts[] = {
        {"base", required_argument, NULL, 'b'}, {"map", required_argument, NULL, 'm'},
        {"elf", required_argument, NULL, 'E'},  {"entry", required_argument, NULL, 'e'},
        {"output", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    *opt = (struct options){.entry = "_start", .base = QPU_LOAD_ADDRESS};
    int c;
    while ((c = getopt_long(argc, argv, "o:e:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': opt->output = optarg; break;
        case 'e': opt->entry = optarg; break;
        case 'm': opt->map = optarg; break;
        case 'E': opt->elf = optarg; break;
        case 'b':
            if (!parse_address(optarg, &opt->base)) {
                diag_error("bad base address '%s'", optarg);
                return 1;
            }
            break;
        case 'h': usage(stdout); return -1;
        default: usage(stderr); return 1;
        }
    }
    opt->files = argv + optind;
    opt->nfiles = argc - optind;
    if (!opt->output || opt->nfiles == 0) {
        diag_error(!opt->output ? "no output file (-o)" : "no input files");
        usage(stderr);
        return 1;
    }
    const char *outputs[] = {opt->output, opt->map, opt->elf};
    if (outputs_clash(outputs, 3, (const char *const *)opt->files, (size_t)opt->nfiles))
        return 1;
    return 0;
}

static bool link_program(struct linker *ld)
{
    bool ok = true;
    symtab_insert(ld, ld->opt.entry)->strong_ref = true; /* an archive member may define it */
    for (int i = 0; i < ld->opt.nfiles; i++)
        ok &= load_file(ld, ld->opt.files[i]);
    if (!ok)
        return false;
    symtab_provide(ld);
    if (!symtab_check_undefined(ld) || !layout(ld) || !relocate(ld))
        return false;
    collect_symbols(ld);
    return write_qbin(ld, ld->opt.output) &&
           (!ld->opt.elf || write_elf(ld, ld->opt.elf)) &&
           (!ld->opt.map || write_map(ld, ld->opt.map));
}

static void linker_free(struct linker *ld)
{
    for (size_t i = 0; i < ld->ninputs; i++) {
        free(ld->inputs[i].name);
        qobj_free(&ld->inputs[i].obj);
    }
    free(ld->inputs);
    free(ld->order);
    symtab_free(ld);
    qobj_free(&ld->out);
}

int main(int argc, char **argv)
{
    diag_set_program("qld");
    struct linker ld = {0};
    int status = parse_options(argc, argv, &ld.opt);
    if (status)
        return status < 0 ? 0 : status;
    bool ok = link_program(&ld);
    linker_free(&ld);
    diag_cleanup();
    return ok && diag_error_count() == 0 ? 0 : 1;
}
