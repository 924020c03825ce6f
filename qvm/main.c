/* main.c - the `qvm` command: options, loading the program, building the stock
 * machine, running it (with the debugger on breakpoints), statistics and exit status.
 *
 *   qvm [options] [program.qbin]
 *
 * Exit status: r0 & 0xFF after halt; 255 on an abnormal stop (unhandled or double
 * fault, the -c limit, a wait nothing can end, quitting the debugger); 128 + N after
 * signal N (SIGINT, SIGTERM, SIGHUP; 130 also after closing the display window); 0 after
 * C-a x; 2 for bad input (options, files). */
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "debugger.h"
#include "devices.h"
#include "diag.h"
#include "display_setup.h"
#include "fileio.h"
#include "host_terminal.h"
#include "platform.h"
#include "symbols.h"
#include "util.h"
#include "vm.h"

#define EXIT_BAD_INPUT 2
#define EXIT_ABNORMAL  255
#define QVM_MAX_MEMORY_WORDS 0x40000000u
#define EXIT_SIGNAL    128 /* + the signal number */

struct options {
    const char *program, *disk, *symbols;
    uint64_t memory, cycles;
    bool stats, verbose, twolevel;
    bool no_devices;        /* --devices=none */
    enum vm_engine engine;  /* --engine, else QVM_ENGINE, else the fastest */
    const char *state_log;  /* --state-log FILE (testing) */
    bool no_input_interrupt; /* --input-interrupt=off */
    char terminal;          /* --terminal: 'a'uto, 'y'es, 'n'o */
    const char *breaks[64], *write_breaks[64], *watches[64];
    int nbreaks, nwrite_breaks, nwatches;
    struct display_options display;
};

static volatile sig_atomic_t interrupted; /* the signal that asked qvm to stop */
static void on_stop_signal(int sig) { interrupted = sig; }

static void usage(FILE *f)
{
    fputs("usage: qvm [options] [program.qbin]\n"
          "  -d, --disk IMAGE      attach the block device to a disk image\n"
          "  -c, --cycles N        stop after N cycles (status 255)\n"
          "  -m, --size N          memory size in words (decimal; default 4194304)\n"
          "  -s, --stats           print statistics on stderr\n"
          "  -v, --verbose         trace instructions and interrupt events on stderr\n"
          "  -b, --break ADDR      enter the debugger at ADDR (hex, decimal or symbol)\n"
          "  -w, --break-write ADDR  enter the debugger after a store to ADDR\n"
          "  -W, --watch LO-HI     report every store into LO..HI\n"
          "      --symbols FILE    name addresses from a qld map file or ELF executable\n"
          "      --mmu=list|twolevel  MMU page-table format (default list)\n"
          "  -D, --display WxH     attach the display (a window; see --display-file)\n"
          "      --display-file PATH  write each shown frame to PATH (PPM, or PNG if\n"
          "                        PATH ends in .png) instead of opening a window\n"
          "  -k, --keys            attach the keypress device (keys from the window)\n"
          "      --key-script FILE press and release keys at given cycles (implies -k)\n"
          "      --terminal=auto|on|off  the terminal device (typed keys; auto: when stdin\n"
          "                        is a terminal); on a terminal C-a x quits, C-a h helps\n"
          "      --devices=stock|none  none: a machine without any device\n"
          "      --engine=interp|threaded|jit  how instructions run (default: jit on x86-64\n"
          "                        Linux, else threaded; or $QVM_ENGINE); every engine is\n"
          "                        the same machine\n"
          "      --state-log FILE  (testing) the machine state at every batch boundary\n"
          "      --input-interrupt=on|off  off: no interrupt 4 from debug input (as the\n"
          "                        reference; with --terminal=off, the reference's devices)\n", f);
}

static _Noreturn __attribute__((format(printf, 1, 2))) void bad_input(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "qvm: error: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(EXIT_BAD_INPUT);
}

static uint64_t parse_decimal(const char *text, const char *what)
    __attribute__((format(printf, 2, 0)));
static uint64_t parse_decimal(const char *text, const char *what)
{
    char *end;
    if (!text[0] || text[0] == '-' || text[0] == '+')
        bad_input(what, text);
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || *end)
        bad_input(what, text);
    return v;
}

static void add(const char **list, int *n, const char *value, const char *opt)
{
    if (*n == 64)
        bad_input("too many %s options", opt);
    list[(*n)++] = value;
}

static void parse_options(int argc, char **argv, struct options *o)
{
    static const struct option longs[] = {
        {"disk", required_argument, 0, 'd'},       {"cycles", required_argument, 0, 'c'},
        {"size", required_argument, 0, 'm'},       {"stats", no_argument, 0, 's'},
        {"verbose", no_argument, 0, 'v'},          {"break", required_argument, 0, 'b'},
        {"break-write", required_argument, 0, 'w'}, {"watch", required_argument, 0, 'W'},
        {"symbols", required_argument, 0, 'S'},    {"mmu", required_argument, 0, 'M'},
        {"help", no_argument, 0, 'h'},             {"display", required_argument, 0, 'D'},
        {"keys", no_argument, 0, 'k'},             {"display-file", required_argument, 0, 'F'},
        {"key-script", required_argument, 0, 'K'},
        {"terminal", required_argument, 0, 'T'},  {"devices", required_argument, 0, 'E'},
        {"input-interrupt", required_argument, 0, 'I'},
        {"engine", required_argument, 0, 'G'},    {"state-log", required_argument, 0, 'L'},
        {0, 0, 0, 0},
    };
    o->memory = QPU_DEFAULT_MEMORY_WORDS;
    o->terminal = 'a';
    o->engine = VM_ENGINE_DEFAULT; /* the JIT falls back to threaded if it cannot map */
    bool jit_asked = false;
    const char *env_engine = getenv("QVM_ENGINE");
    if (env_engine && *env_engine && !vm_engine_parse(env_engine, &o->engine))
        bad_input("bad QVM_ENGINE value '%s' (interp, threaded or jit)", env_engine);
    jit_asked = env_engine && *env_engine && o->engine == VM_ENGINE_JIT;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":d:c:m:svb:w:W:hD:k", longs, NULL)) != -1) {
        switch (c) {
        case 'd': o->disk = optarg; break;
        case 'c':
            o->cycles = parse_decimal(optarg, "bad cycle count '%s' (decimal, at least 1)");
            if (o->cycles == 0)
                bad_input("bad cycle count '%s' (decimal, at least 1)", optarg);
            break;
        case 'm': o->memory = parse_decimal(optarg, "bad memory size '%s' (decimal words)"); break;
        case 's': o->stats = true; break;
        case 'v': o->verbose = true; break;
        case 'b': add(o->breaks, &o->nbreaks, optarg, "-b"); break;
        case 'w': add(o->write_breaks, &o->nwrite_breaks, optarg, "-w"); break;
        case 'W': add(o->watches, &o->nwatches, optarg, "-W"); break;
        case 'S': o->symbols = optarg; break;
        case 'M':
            if (strcmp(optarg, "list") && strcmp(optarg, "twolevel"))
                bad_input("bad --mmu value '%s' (list or twolevel)", optarg);
            o->twolevel = strcmp(optarg, "twolevel") == 0;
            break;
        case 'T':
            if (strcmp(optarg, "auto") && strcmp(optarg, "on") && strcmp(optarg, "off"))
                bad_input("bad --terminal value '%s' (auto, on or off)", optarg);
            o->terminal = optarg[0] == 'a' ? 'a' : optarg[1] == 'n' ? 'y' : 'n';
            break;
        case 'E':
            if (strcmp(optarg, "stock") && strcmp(optarg, "none"))
                bad_input("bad --devices value '%s' (stock or none)", optarg);
            o->no_devices = strcmp(optarg, "none") == 0;
            break;
        case 'I':
            if (strcmp(optarg, "on") && strcmp(optarg, "off"))
                bad_input("bad --input-interrupt value '%s' (on or off)", optarg);
            o->no_input_interrupt = strcmp(optarg, "off") == 0;
            break;
        case 'G':
            if (!vm_engine_parse(optarg, &o->engine))
                bad_input("bad --engine value '%s' (interp, threaded or jit)", optarg);
            jit_asked = o->engine == VM_ENGINE_JIT;
            break;
        case 'L': o->state_log = optarg; break;
        case 'h': usage(stdout); exit(0);
        case 'D': o->display.size = optarg; break;
        case 'k': o->display.keys = true; break;
        case 'F': o->display.file = optarg; break;
        case 'K': o->display.key_script = optarg; break;
        case ':': bad_input("option %s needs a value", argv[optind - 1]);
        default:
            if (optopt)
                bad_input("unknown option '-%c' (see qvm --help)", optopt);
            bad_input("unknown option '%s' (see qvm --help)", argv[optind - 1]);
        }
    }
    if (optind < argc)
        o->program = argv[optind++];
    if (optind < argc)
        bad_input("unexpected argument '%s' (one program only)", argv[optind]);
    if (o->no_devices && (o->disk || o->display.size || o->display.keys ||
                          o->display.key_script))
        bad_input("--disk, --display and --keys need the stock devices (not --devices=none)");
    if (jit_asked && o->engine == VM_ENGINE_JIT && !vm_jit_available())
        bad_input("--engine=jit: this host cannot run the JIT (it needs x86-64 Linux and "
                  "executable memory); use --engine=threaded");
}

/* Whether the terminal device is mapped: --terminal=on, or auto with stdin a terminal
 * (not while debugging: the debugger reads its commands as lines from stdin). */
static bool want_terminal(const struct options *o)
{
    if (o->no_devices || o->terminal == 'n')
        return false;
    if (o->terminal == 'y')
        return true;
    return isatty(STDIN_FILENO) && !o->nbreaks && !o->nwrite_breaks;
}

/* Reads the .qbin into words (warning about 1-3 trailing bytes and an empty file). The
 * file is refused before it is read if it cannot fit in `memory` words above 0x1000. */
static uint32_t *load_program(const char *path, size_t *n, uint64_t memory)
{
    size_t limit = (size_t)((memory - QPU_LOAD_ADDRESS) * 4 + 3);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size > limit) {
        fprintf(stderr, "qvm: error: the program %s (%lld bytes) does not fit in %llu words "
                "of memory above 0x1000 (see -m)\n", path, (long long)st.st_size,
                (unsigned long long)memory);
        exit(EXIT_BAD_INPUT);
    }
    size_t len;
    char why[160];
    char *bytes = read_input_quiet(path, limit, 0, &len, why, sizeof why);
    if (!bytes) {
        fprintf(stderr, "qvm: error: cannot read %s: %s\n", path, why);
        exit(EXIT_BAD_INPUT);
    }
    if (len == 0)
        fprintf(stderr, "qvm: warning: %s is empty: there is no program to run\n", path);
    if (len % 4)
        fprintf(stderr, "qvm: warning: %s: %zu trailing byte(s) after the last whole word "
                "ignored\n", path, len % 4);
    *n = len / 4;
    uint32_t *words = xmalloc((*n ? *n : 1) * sizeof *words);
    for (size_t i = 0; i < *n; i++)
        words[i] = get_u32le((unsigned char *)bytes + 4 * i);
    free(bytes);
    return words;
}

static struct vm *build_machine(const struct options *o, size_t program_words)
{
    if (QPU_LOAD_ADDRESS + (uint64_t)program_words > o->memory) {
        fprintf(stderr, "qvm: error: the program (%zu words at 0x1000) does not fit in %llu "
                "words of memory\n", program_words, (unsigned long long)o->memory);
        exit(EXIT_BAD_INPUT);
    }
    struct vm_device *disk = NULL;
    if (o->disk) {
        char err[512];
        const char *warning;
        disk = dev_block_new(o->disk, err, sizeof err, &warning);
        if (!disk)
            bad_input("%s", err);
        if (warning)
            fprintf(stderr, "qvm: warning: %s: %s\n", o->disk, warning);
    }
    struct vm_device *display, *keypress;
    char why[512];
    if (!display_devices_new(&o->display, o->program, &display, &keypress, why, sizeof why))
        bad_input("%s", why);
    struct vm *vm = vm_new((uint32_t)o->memory);
    if (!vm)
        bad_input("cannot allocate %llu words of memory", (unsigned long long)o->memory);
    if (!o->no_devices) {
        vm_add_device(vm, dev_timer_new());
        vm_add_device(vm, dev_clock_new());
        vm_add_device(vm, dev_debug_break_new());
        vm_add_device(vm, dev_debug_output_new());
        vm_add_device(vm, dev_debug_input_new(STDIN_FILENO, !o->no_input_interrupt));
        vm_add_device(vm, dev_debug_file_new());
        if (display)
            vm_add_device(vm, display);
        if (keypress)
            vm_add_device(vm, keypress);
        if (disk)
            vm_add_device(vm, disk);
        vm_add_device(vm, o->twolevel ? mmu_twolevel_new() : mmu_list_new());
        /* extension: after the MMU, so every stock device keeps its address */
        if (want_terminal(o))
            vm_add_device(vm, dev_terminal_new(STDIN_FILENO, isatty(STDIN_FILENO)));
    }
    vm_boot(vm);
    return vm;
}

static uint32_t address_option(struct vm *vm, const char *text, const char *opt)
{
    uint32_t addr;
    if (!debugger_parse_address(vm, text, &addr)) {
        fprintf(stderr, "qvm: error: %s: bad address '%s'%s\n", opt, text,
                vm->debug.symbols ? " (not a number or known symbol)"
                                  : " (not a number; symbols need --symbols)");
        exit(EXIT_BAD_INPUT);
    }
    return addr;
}

static void set_up_debugging(struct vm *vm, const struct options *o, struct vm_symbols *syms)
{
    vm->debug.symbols = syms;
    vm->debug.trace = o->verbose;
    for (int i = 0; i < o->nbreaks; i++)
        debugger_add_break(&vm->debug.breaks, address_option(vm, o->breaks[i], "-b"));
    for (int i = 0; i < o->nwrite_breaks; i++)
        debugger_add_break(&vm->debug.write_breaks,
                           address_option(vm, o->write_breaks[i], "-w"));
    vm->debug.watch_lo = xcalloc((size_t)o->nwatches + 1, sizeof(uint32_t));
    vm->debug.watch_hi = xcalloc((size_t)o->nwatches + 1, sizeof(uint32_t));
    for (int i = 0; i < o->nwatches; i++) {
        char *text = xstrdup(o->watches[i]);
        char *dash = strchr(text + 1, '-');
        if (!dash)
            bad_input("-W: expected LO-HI, got '%s'", o->watches[i]);
        *dash = '\0';
        uint32_t lo = address_option(vm, text, "-W"), hi = address_option(vm, dash + 1, "-W");
        free(text);
        if (lo > hi)
            bad_input("-W: empty range '%s'", o->watches[i]);
        vm->debug.watch_lo[i] = lo;
        vm->debug.watch_hi[i] = hi;
        vm->debug.nwatch++;
    }
    vm->break_on_debug_device = o->nbreaks || o->nwrite_breaks;
}

/* CPU time used by qvm so far (user + system), in seconds: wall time on a shared
 * machine says more about the other processes than about qvm. */
static double cpu_seconds(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static void print_stats(const struct vm *vm, double seconds)
{
    fprintf(stderr, "cycles: %llu\ninterrupts handled: %llu\ninterrupts ignored: %llu\n"
            "faults: %llu\nresult: 0x%08x\nmips: %.2f\n",
            (unsigned long long)vm->cycles, (unsigned long long)vm->handled,
            (unsigned long long)vm->ignored, (unsigned long long)vm->faults, vm->r[0],
            seconds > 0 ? (double)vm->cycles / seconds / 1e6 : 0.0);
}

/* Runs to the end, with the debugger on breakpoints; returns the exit status. */
static int run(struct vm *vm)
{
    for (;;) {
        enum vm_stop why = vm_run(vm, UINT64_MAX);
        if (why == VM_BREAK) {
            enum debugger_result r = debugger_run(vm, STDIN_FILENO, stderr);
            if (r == DEBUGGER_CONTINUE)
                continue;
            if (r == DEBUGGER_QUIT) {
                fprintf(stderr, "qvm: stopped in the debugger\n");
                return EXIT_ABNORMAL;
            }
            why = vm->stop;
        }
        if (why == VM_HALTED) {
            static const char *const names[] = {"NULL_ERROR", "BOUNDS_ERROR", "CAPACITY_ERROR"};
            if (vm->r[0] >= 0xE0000000u && vm->r[0] <= 0xE0000002u)
                fprintf(stderr, "error: %s\n", names[vm->r[0] - 0xE0000000u]);
            return vm->r[0] & 0xFF;
        }
        host_terminal_restore();
        fprintf(stderr, "qvm: %s\n", vm->stop_msg);
        if (why == VM_QUIT)
            return 0;
        if (why != VM_INTERRUPTED)
            return EXIT_ABNORMAL;
        return EXIT_SIGNAL + (interrupted ? interrupted : SIGINT); /* (window closed: 130) */
    }
}

int main(int argc, char **argv)
{
    diag_set_program("qvm");
    struct options o = {0};
    parse_options(argc, argv, &o);
    if (o.memory < QPU_LOAD_ADDRESS + 1 || o.memory > QVM_MAX_MEMORY_WORDS)
        bad_input("memory size %llu out of range (4097 .. 1073741824 words)",
                  (unsigned long long)o.memory);
    size_t nwords = 0;
    uint32_t *words = o.program ? load_program(o.program, &nwords, o.memory) : xcalloc(1, 4);
    struct vm_symbols *syms = NULL;
    if (o.symbols) {
        char err[512];
        syms = symbols_load(o.symbols, err, sizeof err);
        if (!syms)
            bad_input("--symbols: %s", err);
    }
    struct vm *vm = build_machine(&o, nwords);
    vm_load_program(vm, words, nwords);
    free(words);
    char *dir = o.program ? xstrdup(o.program) : NULL;
    vm->program_dir = dir ? dirname(dir) : NULL;
    vm->cycle_limit = o.cycles;
    vm->engine = o.engine;
    if (o.state_log && !(vm->state_log = fopen(o.state_log, "w")))
        bad_input("--state-log: cannot create %s: %s", o.state_log, strerror(errno));
    set_up_debugging(vm, &o, syms);
    signal(SIGINT, on_stop_signal);
    signal(SIGTERM, on_stop_signal);
    signal(SIGHUP, on_stop_signal);
    signal(SIGPIPE, SIG_IGN);
    vm->host_stop = &interrupted;

    double t0 = cpu_seconds();
    int status = run(vm);
    host_terminal_restore();
    fflush(stdout);
    if (o.stats || vm->stop == VM_INTERRUPTED)
        print_stats(vm, cpu_seconds() - t0);
    if (vm->state_log) {
        vm_log_state(vm, vm->state_log); /* the final state */
        fclose(vm->state_log);
    }
    vm_free(vm);
    symbols_free(syms);
    free(dir);
    return status;
}
