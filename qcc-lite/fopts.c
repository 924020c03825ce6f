/* fopts.c - the -f options of qcc-lite: -fno-builtin, -fno-builtin-NAME, -fbuiltin,
 * -ffreestanding and -fhosted say which library calls the compiler may do itself
 * (sema_libfold.c, alloca) and, for the last two, what __STDC_HOSTED__ is; and the gcc
 * options that only ask for what qcc-lite does anyway are accepted without effect. Any
 * other -f option is refused by the driver, as an unknown option. */
#include <string.h>

#include "qcc.h"

/* gcc options that describe how qcc-lite already compiles (docs/c-dialect.md). */
static const char *const already_so[] = {
    "-fwrapv",                 /* signed arithmetic wraps; nothing assumes it cannot */
    "-fno-strict-aliasing",    /* no type-based alias analysis */
    "-fno-delete-null-pointer-checks",
    "-fno-inline",             /* no function is inlined */
    "-fno-stack-protector",
    "-fno-asynchronous-unwind-tables", "-fno-unwind-tables", "-fno-exceptions",
    "-fsigned-char",           /* plain char is signed */
    "-fno-common",             /* tentative definitions in two files collide in qld */
};

static void no_builtin_name(const char *name)
{
    const char **v = arena_alloc(sizeof *v * (size_t)(opts.n_no_builtin + 1));
    if (opts.n_no_builtin)
        memcpy(v, opts.no_builtin_names, sizeof *v * (size_t)opts.n_no_builtin);
    v[opts.n_no_builtin++] = name;
    opts.no_builtin_names = v;
}

/* Takes one -f option: F_UNKNOWN if it is none of ours, F_TAKEN, or F_FOR_CPP when the
 * preprocessor must see it too (-ffreestanding, -fhosted: __STDC_HOSTED__). */
int opts_take_f(const char *arg)
{
    if (strcmp(arg, "-fno-builtin") == 0) {
        opts.no_builtin = true;
        return F_TAKEN;
    }
    if (strncmp(arg, "-fno-builtin-", 13) == 0 && arg[13]) {
        no_builtin_name(arg + 13);
        return F_TAKEN;
    }
    if (strcmp(arg, "-fbuiltin") == 0) {
        opts.no_builtin = false;
        return F_TAKEN;
    }
    if (strcmp(arg, "-ffreestanding") == 0 || strcmp(arg, "-fhosted") == 0) {
        opts.no_builtin = arg[2] == 'f';
        return F_FOR_CPP;
    }
    for (size_t i = 0; i < sizeof already_so / sizeof *already_so; i++)
        if (strcmp(arg, already_so[i]) == 0)
            return F_TAKEN;
    return F_UNKNOWN;
}

bool opts_builtin_enabled(const char *name)
{
    if (opts.no_builtin)
        return false;
    for (int i = 0; i < opts.n_no_builtin; i++)
        if (strcmp(opts.no_builtin_names[i], name) == 0)
            return false;
    return true;
}
