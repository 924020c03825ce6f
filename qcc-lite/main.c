/* main.c - the qcc-lite driver: for each .c file preprocess (host cpp) -> parse ->
 * check -> generate qasm; then assemble (qasm -c) and link (qld) like gcc does.
 *
 *   qcc-lite [-E|-S|-c] [-o FILE] [-I DIR] [-D NAME[=V]] [-U NAME] [-O0|-O1|-O2]
 *            [--target=bare|user|kernel] [--sysroot DIR] [-Wall] [-Werror] [-w] [-v] files
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fileio.h"
#include "qcc.h"

#ifndef QCC_INCLUDE_DIR
#define QCC_INCLUDE_DIR "include"
#endif
#ifndef QCC_SYSROOT
#define QCC_SYSROOT "sysroot"
#endif
#ifndef QCC_QASM
#define QCC_QASM "qasm"
#endif
#ifndef QCC_QLD
#define QCC_QLD "qld"
#endif

/* The most preprocessed text one translation unit may have (docs/c-dialect.md). */
#define QCC_SOURCE_LIMIT ((size_t)256 << 20)

Options opts = {.opt = 1, .target = "bare"};

typedef struct StrList {
    const char **v;
    int n, cap;
} StrList;

static void push(StrList *l, const char *s)
{
    if (l->n + 1 >= l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        const char **v = arena_alloc(sizeof(char *) * (size_t)l->cap);
        if (l->n)
            memcpy(v, l->v, sizeof(char *) * (size_t)l->n);
        l->v = v;
    }
    l->v[l->n++] = s;
    l->v[l->n] = NULL;
}

static struct {
    char mode;          /* 'E', 'S', 'c' or 0 (link) */
    const char *output;
    const char *sysroot;
    bool verbose;
    const char *std;    /* -std=..., passed to the preprocessor */
    StrList cpp_args;   /* -I -D -U */
    StrList inputs;
    StrList temps;      /* files to delete at exit */
} drv;

static const char *env_or(const char *name, const char *dflt)
{
    const char *v = getenv(name);
    return v && *v ? v : dflt;
}

static void show(const char **argv)
{
    if (!drv.verbose)
        return;
    for (int i = 0; argv[i]; i++)
        fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
    fprintf(stderr, "\n");
}

/* Runs argv; with `capture`, collects its stdout (at most QCC_SOURCE_LIMIT bytes: more
 * stops the child and fails). Returns the exit status. */
static int run(const char **argv, struct buf *capture)
{
    show(argv);
    int fds[2];
    if (capture && pipe(fds) != 0)
        diag_fatal("pipe: %s", strerror(errno));
    pid_t pid = fork();
    if (pid < 0)
        diag_fatal("fork: %s", strerror(errno));
    if (pid == 0) {
        if (capture) {
            dup2(fds[1], 1);
            close(fds[0]);
            close(fds[1]);
        }
        execvp(argv[0], (char *const *)argv);
        fprintf(stderr, "qcc-lite: error: cannot run '%s': %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    if (capture) {
        close(fds[1]);
        char chunk[65536];
        ssize_t n;
        while ((n = read(fds[0], chunk, sizeof chunk)) > 0) {
            if ((size_t)n > QCC_SOURCE_LIMIT - capture->len) {
                diag_error("'%s' produced more than %zu bytes (the source limit)", argv[0],
                           QCC_SOURCE_LIMIT);
                kill(pid, SIGKILL);
                break;
            }
            buf_append(capture, chunk, (size_t)n);
        }
        close(fds[0]);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            diag_fatal("waitpid: %s", strerror(errno));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static const char *sysroot(void)
{
    return drv.sysroot ? drv.sysroot : env_or("QCC_SYSROOT", QCC_SYSROOT);
}

static bool preprocess(const char *file, struct buf *out)
{
    StrList a = {0};
    push(&a, env_or("QCC_CPP", "cpp"));
    push(&a, "-undef");
    push(&a, "-nostdinc");
    if (drv.std) {
        push(&a, drv.std);
        if (strncmp(drv.std, "-std=gnu", 8) != 0) /* what gcc defines, lost to -undef */
            push(&a, "-D__STRICT_ANSI__=1");
    }
    /* The compiler's own headers are system directories: cpp searches every user -I
     * directory first, so a project can supply its own <stdint.h> (as with gcc). */
    push(&a, "-isystem");
    push(&a, env_or("QCC_INCLUDE", QCC_INCLUDE_DIR));
    push(&a, "-isystem");
    push(&a, arena_printf("%s/include", sysroot()));
    static const char *predef[] = {
        "-D__QPU__=1",
        "-D__qcc_lite__=1", "-D__CHAR_BIT__=32",
        "-D__SIZEOF_INT__=1", "-D__SIZEOF_POINTER__=1", "-D__SIZEOF_LONG__=1",
        /* gcc's predefined type, limit and size macros, for code written against them
         * (the same values as the headers; no exact 8- or 16-bit types exist) */
        "-D__SIZEOF_SHORT__=1", "-D__SIZEOF_LONG_LONG__=2", "-D__SIZEOF_FLOAT__=1",
        "-D__SIZEOF_DOUBLE__=1", "-D__SIZEOF_LONG_DOUBLE__=1", "-D__SIZEOF_SIZE_T__=1",
        "-D__SIZEOF_PTRDIFF_T__=1", "-D__SIZEOF_WCHAR_T__=1", "-D__SIZEOF_WINT_T__=1",
        "-D__SIZE_TYPE__=unsigned long", "-D__PTRDIFF_TYPE__=long", "-D__WCHAR_TYPE__=int",
        "-D__WINT_TYPE__=int", "-D__INTMAX_TYPE__=long long",
        "-D__UINTMAX_TYPE__=unsigned long long", "-D__INTPTR_TYPE__=long",
        "-D__UINTPTR_TYPE__=unsigned long", "-D__INT32_TYPE__=int",
        "-D__UINT32_TYPE__=unsigned int", "-D__INT64_TYPE__=long long",
        "-D__UINT64_TYPE__=unsigned long long",
        "-D__INT_LEAST8_TYPE__=int", "-D__UINT_LEAST8_TYPE__=unsigned int",
        "-D__INT_LEAST16_TYPE__=int", "-D__UINT_LEAST16_TYPE__=unsigned int",
        "-D__INT_LEAST32_TYPE__=int", "-D__UINT_LEAST32_TYPE__=unsigned int",
        "-D__INT_LEAST64_TYPE__=long long", "-D__UINT_LEAST64_TYPE__=unsigned long long",
        "-D__INT_FAST8_TYPE__=int", "-D__UINT_FAST8_TYPE__=unsigned int",
        "-D__INT_FAST16_TYPE__=int", "-D__UINT_FAST16_TYPE__=unsigned int",
        "-D__INT_FAST32_TYPE__=int", "-D__UINT_FAST32_TYPE__=unsigned int",
        "-D__INT_FAST64_TYPE__=long long", "-D__UINT_FAST64_TYPE__=unsigned long long",
        "-D__SCHAR_MAX__=2147483647", "-D__SHRT_MAX__=2147483647",
        "-D__INT_MAX__=2147483647", "-D__LONG_MAX__=2147483647L",
        "-D__LONG_LONG_MAX__=9223372036854775807LL", "-D__WCHAR_MAX__=2147483647",
        "-D__SIZE_MAX__=4294967295UL", "-D__PTRDIFF_MAX__=2147483647L",
        "-D__INTMAX_MAX__=9223372036854775807LL", "-D__INTPTR_MAX__=2147483647L",
        "-D__builtin_va_list=__typeof__(char *)",
        /* C11's optional parts left out (docs/c-dialect.md) */
        "-D__STDC_NO_THREADS__=1",
    };
    for (size_t i = 0; i < sizeof predef / sizeof predef[0]; i++)
        push(&a, predef[i]);
    size_t nmore;
    const char *const *more = qcc_gcc_predefs(&nmore); /* predef.c */
    for (size_t i = 0; i < nmore; i++)
        push(&a, more[i]);
    push(&a, arena_printf("-D__QPU_TARGET_%s__=1",
                          strcmp(opts.target, "kernel") == 0 ? "KERNEL"
                          : strcmp(opts.target, "user") == 0 ? "USER" : "BARE"));
    for (int i = 0; i < drv.cpp_args.n; i++)
        push(&a, drv.cpp_args.v[i]);
    push(&a, file);
    return run(a.v, out) == 0;
}

static const char *replace_ext(const char *path, const char *ext)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    int len = dot ? (int)(dot - base) : (int)strlen(base);
    return arena_printf("%.*s%s", len, base, ext);
}

static const char *temp_file(const char *ext)
{
    char tmpl[] = "/tmp/qccXXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0)
        diag_fatal("cannot create a temporary file: %s", strerror(errno));
    close(fd);
    unlink(tmpl);
    const char *name = arena_printf("%s%s", tmpl, ext);
    push(&drv.temps, name);
    return name;
}

/* The C text of one input: a .c file through cpp, a .i file (already preprocessed) as
 * it is. NULL after an error. */
static char *c_text(const char *file, bool preprocessed, size_t *len)
{
    if (preprocessed) {
        char *raw = read_input(file, QCC_SOURCE_LIMIT, 0, len);
        if (!raw)
            return NULL;
        char *text = arena_alloc(*len + 1);
        memcpy(text, raw, *len + 1);
        free(raw);
        return text;
    }
    struct buf pre = {0};
    if (!preprocess(file, &pre)) {
        buf_free(&pre);
        return NULL;
    }
    char *text = arena_alloc(pre.len + 1);
    if (pre.len)
        memcpy(text, pre.data, pre.len);
    text[pre.len] = '\0';
    *len = pre.len;
    buf_free(&pre);
    return text;
}

/* Compiles one .c (or .i) file to assembly text in `asm_path`. */
static bool compile(const char *file, bool preprocessed, const char *asm_path)
{
    size_t len;
    char *text = c_text(file, preprocessed, &len);
    if (!text)
        return false;
    if (drv.mode == 'E') {
        if (!drv.output || strcmp(drv.output, "-") == 0) {
            return fwrite(text, 1, len, stdout) == len;
        }
        if (write_file(drv.output, text, len))
            return true;
        diag_error("cannot write '%s': %s", drv.output, strerror(errno));
        return false;
    }
    int before = diag_error_count();
    Node *unit = parse_text(file, text, len);
    if (!unit || diag_error_count() > before)
        return false;
    sema_unit(unit);
    if (diag_error_count() > before)
        return false;
    if (drv.verbose)
        fprintf(stderr, "qcc-lite: compiling %s -> %s\n", file, asm_path);
    char *out_text = NULL;
    size_t out_len = 0;
    FILE *out = open_memstream(&out_text, &out_len);
    if (!out)
        diag_fatal("open_memstream failed");
    gen_unit(unit, out);
    fclose(out);
    bool ok = diag_error_count() == before;
    if (ok && strcmp(asm_path, "-") == 0) {
        fwrite(out_text, 1, out_len, stdout);
    } else if (ok && !write_file(asm_path, out_text, out_len)) {
        diag_error("cannot write '%s': %s", asm_path, strerror(errno));
        ok = false;
    }
    free(out_text);
    sema_globals.n = 0;
    return ok;
}

static bool assemble(const char *src, const char *obj)
{
    const char *argv[] = {env_or("QCC_QASM", QCC_QASM), "-c", "-o", obj, src, NULL};
    if (run(argv, NULL) != 0) {
        diag_error("assembler failed on '%s'", src);
        return false;
    }
    return true;
}

static bool has_ext(const char *f, const char *ext)
{
    size_t n = strlen(f), m = strlen(ext);
    return n > m && strcmp(f + n - m, ext) == 0;
}

static bool link_all(StrList *objs)
{
    StrList a = {0};
    push(&a, env_or("QCC_QLD", QCC_QLD));
    push(&a, "-o");
    push(&a, drv.output ? drv.output : "a.qbin");
    const char *lib = arena_printf("%s/lib/%s", sysroot(), opts.target);
    if (strcmp(opts.target, "kernel") != 0)
        push(&a, arena_printf("%s/crt0.o", lib));
    for (int i = 0; i < objs->n; i++)
        push(&a, objs->v[i]);
    const char *libc = arena_printf("%s/libc.a", lib);
    if (access(libc, R_OK) == 0)
        push(&a, libc);
    if (run(a.v, NULL) != 0) {
        diag_error("linker failed");
        return false;
    }
    return true;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: qcc-lite [-E|-S|-c] [-o FILE] [-I DIR] [-D NAME[=V]] [-U NAME]\n"
            "                [-O0|-O1|-O2] [--target=bare|user|kernel] [--sysroot DIR]\n"
            "                [-Wall] [-Werror] [-w] [-v] [-MD|-MMD [-MF FILE] [-MT TARGET]]\n"
            "                files...\n");
    exit(2);
}

static const char *next_arg(int *i, int argc, char **argv, const char *opt)
{
    const char *a = argv[*i];
    if (a[strlen(opt)])
        return a + strlen(opt);
    if (*i + 1 >= argc) {
        diag_error("missing argument to '%s'", opt);
        usage();
    }
    return argv[++*i];
}

static void parse_args(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-E") == 0 || strcmp(a, "-S") == 0 || strcmp(a, "-c") == 0)
            drv.mode = a[1];
        else if (strncmp(a, "-o", 2) == 0)
            drv.output = next_arg(&i, argc, argv, "-o");
        else if (strncmp(a, "-I", 2) == 0 || strncmp(a, "-D", 2) == 0 || strncmp(a, "-U", 2) == 0)
            push(&drv.cpp_args, arena_printf("%.2s%s", a, next_arg(&i, argc, argv,
                                                                   (char[]){a[0], a[1], 0})));
        else if (strcmp(a, "-MD") == 0 || strcmp(a, "-MMD") == 0)
            push(&drv.cpp_args, a); /* dependency file for make, written by cpp */
        else if (strcmp(a, "-MF") == 0 || strcmp(a, "-MT") == 0) {
            push(&drv.cpp_args, a);
            push(&drv.cpp_args, next_arg(&i, argc, argv, a));
        } else if (strcmp(a, "-O0") == 0)
            opts.opt = 0;
        else if (strncmp(a, "-O", 2) == 0)
            opts.opt = 1;
        else if (strncmp(a, "--target=", 9) == 0) {
            opts.target = a + 9;
            if (strcmp(opts.target, "bare") && strcmp(opts.target, "user") &&
                strcmp(opts.target, "kernel"))
                diag_fatal("unknown target '%s' (bare, user or kernel)", opts.target);
        } else if (strcmp(a, "--sysroot") == 0 || strncmp(a, "--sysroot=", 10) == 0)
            drv.sysroot = a[9] == '=' ? a + 10 : next_arg(&i, argc, argv, "--sysroot");
        else if (strcmp(a, "-Wall") == 0)
            opts.wall = true;
        else if (strcmp(a, "-Werror") == 0)
            diag_set_werror(1);
        else if (strncmp(a, "-std=", 5) == 0) {
            /* every standard gcc names: the preprocessor follows it (__STDC_VERSION__,
               __STRICT_ANSI__, trigraphs, raw strings); the compiler proper has one
               dialect (C11 with GNU extensions, docs/c-dialect.md) */
            static const char *const stds[] = {
                "c89", "c90", "iso9899:1990", "iso9899:199409", "c99", "c9x",
                "iso9899:1999", "iso9899:199x", "c11", "c1x", "iso9899:2011", "c17", "c18",
                "iso9899:2017", "iso9899:2018", "c2x", "gnu89", "gnu90", "gnu99", "gnu9x",
                "gnu11", "gnu1x", "gnu17", "gnu18", "gnu2x"};
            size_t k = 0;
            while (k < sizeof stds / sizeof *stds && strcmp(a + 5, stds[k]))
                k++;
            if (k == sizeof stds / sizeof *stds)
                diag_fatal("unknown C standard '%s' in '%s'", a + 5, a);
            drv.std = a;
        } else if (strcmp(a, "-v") == 0)
            drv.verbose = true;
        else if (strcmp(a, "-w") == 0)
            diag_set_quiet_warnings(1);
        else if (strncmp(a, "-f", 2) == 0) {
            int taken = opts_take_f(a); /* fopts.c */
            if (taken == F_UNKNOWN)
                diag_fatal("unknown option '%s'", a);
            if (taken == F_FOR_CPP)
                push(&drv.cpp_args, a);
        } else if (strncmp(a, "-W", 2) == 0 || strcmp(a, "-g") == 0)
            ; /* other warning flags are accepted and ignored */
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
            usage();
        else if (a[0] == '-' && a[1])
            diag_fatal("unknown option '%s'", a);
        else
            push(&drv.inputs, a);
    }
    if (drv.inputs.n == 0)
        diag_fatal("no input files");
    if (drv.output && drv.mode && drv.inputs.n > 1)
        diag_fatal("cannot specify '-o' with '-%c' and multiple files", drv.mode);
}

static void cleanup(void)
{
    for (int i = 0; i < drv.temps.n; i++)
        unlink(drv.temps.v[i]);
    diag_cleanup();
    arena_free_all();
}

/* What the driver does with an input, by its name (as gcc: by the suffix). */
enum input_kind { IN_C, IN_PREPROCESSED, IN_ASM, IN_LINK, IN_UNKNOWN };

static enum input_kind input_kind(const char *f)
{
    if (has_ext(f, ".c"))
        return IN_C;
    if (has_ext(f, ".i"))
        return IN_PREPROCESSED;
    if (has_ext(f, ".s") || has_ext(f, ".qasm"))
        return IN_ASM;
    if (has_ext(f, ".o") || has_ext(f, ".a"))
        return IN_LINK;
    return IN_UNKNOWN;
}

/* Every input exists, is a regular file of a known kind, and is not the output. */
static bool check_inputs(void)
{
    bool ok = true;
    for (int i = 0; i < drv.inputs.n; i++) {
        const char *f = drv.inputs.v[i];
        struct stat st;
        if (stat(f, &st) != 0) {
            diag_error("%s: %s", f, strerror(errno));
            ok = false;
        } else if (!S_ISREG(st.st_mode)) {
            diag_error("%s: not a regular file", f);
            ok = false;
        } else if (input_kind(f) == IN_UNKNOWN) {
            diag_error("%s: file format not recognized (inputs are .c, .i, .s, .qasm, .o "
                       "and .a files)", f);
            ok = false;
        }
    }
    return ok && !(drv.output && output_is_input(drv.output, drv.inputs.v, (size_t)drv.inputs.n));
}

/* The object file for assembly `src` (an input or a temporary) of input f. */
static bool assemble_input(const char *f, const char *src, StrList *objs)
{
    const char *o = drv.mode == 'c' ? (drv.output ? drv.output : replace_ext(f, ".o"))
                                    : temp_file(".o");
    push(objs, o);
    return assemble(src, o);
}

static bool process_input(const char *f, StrList *objs)
{
    enum input_kind k = input_kind(f);
    if (k == IN_C || k == IN_PREPROCESSED) {
        const char *s = drv.mode == 'S' ? (drv.output ? drv.output : replace_ext(f, ".s"))
                                        : temp_file(".s");
        if (!compile(f, k == IN_PREPROCESSED, s))
            return false;
        return drv.mode == 'S' || drv.mode == 'E' || assemble_input(f, s, objs);
    }
    if (k == IN_ASM) {
        if (drv.mode == 'S' || drv.mode == 'E') {
            diag_warning("%s: assembler input file unused with -%c", f, drv.mode);
            return true;
        }
        return assemble_input(f, f, objs);
    }
    if (drv.mode)
        diag_warning("%s: linker input file unused because linking not done", f);
    else
        push(objs, f); /* .o, .a */
    return true;
}

int qcc_main(int argc, char **argv) /* called by bigstack.c */
{
    diag_set_program("qcc-lite");
    parse_args(argc, argv);
    StrList objs = {0};
    bool ok = check_inputs();
    for (int i = 0; i < drv.inputs.n && ok; i++)
        ok = process_input(drv.inputs.v[i], &objs);
    if (ok && !drv.mode)
        ok = link_all(&objs);
    ok = ok && diag_error_count() == 0;
    cleanup();
    return ok ? 0 : 1;
}
