/* main.c - the qcc-lite driver: for each .c file preprocess (host cpp) -> parse ->
 * check -> generate qasm; then assemble (qasm -c) and link (qld) like gcc does.
 *
 *   qcc-lite [-E|-S|-c] [-o FILE] [-I DIR] [-D NAME[=V]] [-U NAME] [-O0|-O1|-O2]
 *            [--target=bare|user|kernel] [--sysroot DIR] [-Wall] [-Werror] [-w] [-v] files
 */
#include <errno.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

Options opts = {1, false, "bare"};

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

/* Runs argv; with `capture`, collects its stdout. Returns the exit status. */
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
        while ((n = read(fds[0], chunk, sizeof chunk)) > 0)
            buf_append(capture, chunk, (size_t)n);
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
    push(&a, "-I");
    push(&a, env_or("QCC_INCLUDE", QCC_INCLUDE_DIR));
    push(&a, "-I");
    push(&a, arena_printf("%s/include", sysroot()));
    static const char *predef[] = {
        "-D__QPU__=1",
        "-D__qcc_lite__=1", "-D__CHAR_BIT__=32",
        "-D__SIZEOF_INT__=1", "-D__SIZEOF_POINTER__=1", "-D__SIZEOF_LONG__=1",
    };
    for (size_t i = 0; i < sizeof predef / sizeof predef[0]; i++)
        push(&a, predef[i]);
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

/* Compiles one .c file to assembly text in `asm_path`. */
static bool compile(const char *file, const char *asm_path)
{
    struct buf pre = {0};
    if (!preprocess(file, &pre)) {
        buf_free(&pre);
        return false;
    }
    char *text = arena_alloc(pre.len + 1);
    if (pre.len)
        memcpy(text, pre.data, pre.len);
    size_t len = pre.len;
    buf_free(&pre);
    if (drv.mode == 'E') {
        if (!drv.output || strcmp(drv.output, "-") == 0) {
            fwrite(text, 1, len, stdout);
            return true;
        }
        return write_file(drv.output, text, len);
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
        else if (strcmp(a, "-v") == 0)
            drv.verbose = true;
        else if (strcmp(a, "-w") == 0)
            diag_set_quiet_warnings(1);
        else if (strncmp(a, "-W", 2) == 0 || strcmp(a, "-g") == 0)
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
    if (drv.output && drv.mode && drv.mode != 'E' && drv.inputs.n > 1)
        diag_fatal("cannot specify '-o' with '-%c' and multiple files", drv.mode);
}

static void cleanup(void)
{
    for (int i = 0; i < drv.temps.n; i++)
        unlink(drv.temps.v[i]);
    diag_cleanup();
    arena_free_all();
}

int qcc_main(int argc, char **argv) /* called by bigstack.c */
{
    diag_set_program("qcc-lite");
    parse_args(argc, argv);
    StrList objs = {0};
    bool ok = true;
    for (int i = 0; i < drv.inputs.n && ok; i++) {
        const char *f = drv.inputs.v[i];
        if (has_ext(f, ".c")) {
            const char *s = drv.mode == 'S' ? (drv.output ? drv.output : replace_ext(f, ".s"))
                                            : temp_file(".s");
            ok = compile(f, s);
            if (!ok || drv.mode == 'S' || drv.mode == 'E')
                continue;
            const char *o = drv.mode == 'c' ? (drv.output ? drv.output : replace_ext(f, ".o"))
                                            : temp_file(".o");
            ok = assemble(s, o);
            push(&objs, o);
        } else if (has_ext(f, ".s") || has_ext(f, ".qasm")) {
            if (drv.mode == 'S' || drv.mode == 'E')
                continue;
            const char *o = drv.mode == 'c' ? (drv.output ? drv.output : replace_ext(f, ".o"))
                                            : temp_file(".o");
            ok = assemble(f, o);
            push(&objs, o);
        } else {
            push(&objs, f); /* .o, .a */
        }
    }
    if (ok && !drv.mode)
        ok = link_all(&objs);
    ok = ok && diag_error_count() == 0;
    cleanup();
    return ok ? 0 : 1;
}
