/* sema_libbuiltin.c - the library builtins: gcc accepts __builtin_NAME for each C library
 * function it knows (builtins.def: DEF_LIB_BUILTIN, DEF_C99_BUILTIN, DEF_EXT_LIB_BUILTIN,
 * ...). A call of one is a call of the library function NAME (or of the libc helper
 * named in the table), declared with the prototype of the table when the program has
 * not declared it. One table for all of them; the builtins the compiler expands itself
 * (__builtin_expect, __builtin_isnan, __builtin_creal, ...) are elsewhere.
 *
 * Prototypes: the result type then the parameter types, one letter each, `.` last for
 * a variadic function:
 *   v void  i int  u unsigned  l long  k unsigned long  L long long
 *   U unsigned long long  z size_t  f float  d double  e long double
 *   p void *  q const void *  s char *  c const char *  w wchar_t *  W const wchar_t *
 *   I int *  D double *  G float *  H long double *  F FILE * (as void *)  V va_list
 *   S char **  x float _Complex  y double _Complex  Y long double _Complex  g _Float32
 * The _Float32 forms of the float functions (__builtin_fabsf32, ...) are made from the
 * float ones: the same libc function, declared with _Float32 in place of float. */
#include <string.h>

#include "qcc.h"

#define MATH3(n, sig_d, sig_f, sig_e) {#n, NULL, sig_d}, {#n "f", NULL, sig_f}, {#n "l", NULL, sig_e}
#define MATH1(n) MATH3(n, "dd", "ff", "ee")
#define MATH2(n) MATH3(n, "ddd", "fff", "eee")
#define CPLX1(n) MATH3(n, "yy", "xx", "YY")
#define CPLXR(n) MATH3(n, "dy", "fx", "eY")

static const struct { const char *name, *libc, *sig; } library[] = {
    /* <math.h>, each in its double, float and long double forms */
    MATH1(acos), MATH1(asin), MATH1(atan), MATH2(atan2), MATH1(ceil), MATH1(cos),
    MATH1(cosh), MATH1(exp), MATH1(fabs), MATH1(floor), MATH2(fmod), MATH1(log),
    MATH1(log10), MATH2(pow), MATH1(sin), MATH1(sinh), MATH1(sqrt), MATH1(tan),
    MATH1(tanh), MATH1(acosh), MATH1(asinh), MATH1(atanh), MATH1(cbrt), MATH2(copysign),
    MATH1(erf), MATH1(erfc), MATH1(exp2), MATH1(expm1), MATH2(fdim), MATH2(fmax),
    MATH2(fmin), MATH2(hypot), MATH1(lgamma), MATH1(log1p), MATH1(log2), MATH1(logb),
    MATH1(nearbyint), MATH2(nextafter), MATH2(remainder), MATH1(rint), MATH1(round),
    MATH1(tgamma), MATH1(trunc),
    MATH3(fma, "dddd", "ffff", "eeee"), MATH3(frexp, "ddI", "ffI", "eeI"),
    MATH3(ldexp, "ddi", "ffi", "eei"), MATH3(scalbn, "ddi", "ffi", "eei"),
    MATH3(scalbln, "ddl", "ffl", "eel"), MATH3(modf, "ddD", "ffG", "eeH"),
    MATH3(ilogb, "id", "if", "ie"), MATH3(lrint, "ld", "lf", "le"),
    MATH3(llrint, "Ld", "Lf", "Le"), MATH3(lround, "ld", "lf", "le"),
    MATH3(llround, "Ld", "Lf", "Le"), MATH3(remquo, "dddI", "fffI", "eeeI"),
    MATH3(nexttoward, "dde", "ffe", "eee"), MATH3(nan, "dc", "fc", "ec"),
    /* <complex.h> (creal, cimag and conj are expanded by sema_complex.c) */
    CPLXR(cabs), CPLXR(carg), CPLX1(cacos), CPLX1(cacosh), CPLX1(casin), CPLX1(casinh),
    CPLX1(catan), CPLX1(catanh), CPLX1(ccos), CPLX1(ccosh), CPLX1(cexp), CPLX1(clog),
    CPLX1(cproj), CPLX1(csin), CPLX1(csinh), CPLX1(csqrt), CPLX1(ctan), CPLX1(ctanh),
    MATH3(cpow, "yyy", "xxx", "YYY"),
    /* <string.h>, <strings.h> */
    {"memchr", NULL, "pqiz"}, {"memcmp", NULL, "iqqz"}, {"memcpy", NULL, "ppqz"},
    {"memmove", NULL, "ppqz"}, {"mempcpy", NULL, "ppqz"}, {"memset", NULL, "ppiz"},
    {"strcat", NULL, "ssc"}, {"strchr", NULL, "sci"}, {"strcmp", NULL, "icc"},
    {"strcpy", NULL, "ssc"}, {"strcspn", NULL, "zcc"}, {"strlen", NULL, "zc"},
    {"strncat", NULL, "sscz"}, {"strncmp", NULL, "iccz"}, {"strncpy", NULL, "sscz"},
    {"strnlen", NULL, "zcz"}, {"strpbrk", NULL, "scc"}, {"strrchr", NULL, "sci"},
    {"strspn", NULL, "zcc"}, {"strstr", NULL, "scc"}, {"strdup", NULL, "sc"},
    {"strndup", NULL, "scz"}, {"stpcpy", NULL, "ssc"}, {"stpncpy", NULL, "sscz"},
    {"strcasecmp", NULL, "icc"}, {"strncasecmp", NULL, "iccz"}, {"index", NULL, "sci"},
    {"rindex", NULL, "sci"}, {"bcmp", NULL, "iqqz"}, {"bcopy", NULL, "vqpz"},
    {"bzero", NULL, "vpz"},
    /* <stdio.h> (the _unlocked forms are the same functions here: one thread) */
    {"printf", NULL, "ic."}, {"fprintf", NULL, "iFc."}, {"sprintf", NULL, "isc."},
    {"snprintf", NULL, "iszc."}, {"vprintf", NULL, "icV"}, {"vfprintf", NULL, "iFcV"},
    {"vsprintf", NULL, "iscV"}, {"vsnprintf", NULL, "iszcV"}, {"scanf", NULL, "ic."},
    {"fscanf", NULL, "iFc."}, {"sscanf", NULL, "icc."}, {"vscanf", NULL, "icV"},
    {"vfscanf", NULL, "iFcV"}, {"vsscanf", NULL, "iccV"}, {"puts", NULL, "ic"},
    {"putchar", NULL, "ii"}, {"fputs", NULL, "icF"}, {"fputc", NULL, "iiF"},
    {"putc", NULL, "iiF"}, {"fwrite", NULL, "zqzzF"},
    {"printf_unlocked", "printf", "ic."}, {"fprintf_unlocked", "fprintf", "iFc."},
    {"puts_unlocked", "puts", "ic"}, {"putchar_unlocked", "putchar", "ii"},
    {"fputs_unlocked", "fputs", "icF"}, {"fputc_unlocked", "fputc", "iiF"},
    {"putc_unlocked", "putc", "iiF"}, {"fwrite_unlocked", "fwrite", "zqzzF"},
    /* <stdlib.h>, <inttypes.h>, <unistd.h> */
    {"abort", NULL, "v"}, {"exit", NULL, "vi"}, {"_exit", NULL, "vi"}, {"_Exit", NULL, "vi"},
    {"abs", NULL, "ii"}, {"labs", NULL, "ll"}, {"llabs", NULL, "LL"}, {"imaxabs", NULL, "LL"},
    {"malloc", NULL, "pz"}, {"calloc", NULL, "pzz"}, {"realloc", NULL, "ppz"},
    {"free", NULL, "vp"}, {"aligned_alloc", NULL, "pzz"}, {"strtol", NULL, "lcSi"},
    /* <ctype.h> */
    {"isalnum", NULL, "ii"}, {"isalpha", NULL, "ii"}, {"isascii", NULL, "ii"},
    {"isblank", NULL, "ii"}, {"iscntrl", NULL, "ii"}, {"isdigit", NULL, "ii"},
    {"isgraph", NULL, "ii"}, {"islower", NULL, "ii"}, {"isprint", NULL, "ii"},
    {"ispunct", NULL, "ii"}, {"isspace", NULL, "ii"}, {"isupper", NULL, "ii"},
    {"isxdigit", NULL, "ii"}, {"tolower", NULL, "ii"}, {"toupper", NULL, "ii"},
    {"toascii", NULL, "ii"},
    /* <wchar.h> */
    {"wcslen", NULL, "zW"}, {"wmemchr", NULL, "wWiz"}, {"wmemcmp", NULL, "iWWz"},
    {"wmemcpy", NULL, "wwWz"}, {"wmemmove", NULL, "wwWz"}, {"wmemset", NULL, "wwiz"},
    {"wcscmp", NULL, "iWW"}, {"wcschr", NULL, "wWi"}, {"wcsrchr", NULL, "wWi"},
    /* bits: helpers of libc (src/misc/bits) */
    {"ffs", NULL, "ii"}, {"ffsl", "ffs", "ii"}, {"ffsll", NULL, "iL"},
    {"clz", "__qpu_clz", "iu"}, {"clzl", "__qpu_clz", "iu"}, {"clzll", "__qpu_clzll", "iU"},
    {"ctz", "__qpu_ctz", "iu"}, {"ctzl", "__qpu_ctz", "iu"}, {"ctzll", "__qpu_ctzll", "iU"},
    {"clrsb", "__qpu_clrsb", "ii"}, {"clrsbl", "__qpu_clrsb", "ii"},
    {"clrsbll", "__qpu_clrsbll", "iL"},
    {"popcount", "__qpu_popcount", "iu"}, {"popcountl", "__qpu_popcount", "iu"},
    {"popcountll", "__qpu_popcountll", "iU"},
    {"parity", "__qpu_parity", "iu"}, {"parityl", "__qpu_parity", "iu"},
    {"parityll", "__qpu_parityll", "iU"},
    {"bswap16", "__qpu_bswap16", "uu"}, {"bswap32", "__qpu_bswap32", "uu"},
    {"bswap64", "__qpu_bswap64", "UU"},
    {"signbit", "__signbitf", "id"}, {"signbitf", "__signbitf", "if"},
    {"signbitl", "__signbitf", "ie"},
    {"powi", "__qpu_powi", "ddi"}, {"powif", "__qpu_powi", "ffi"},
    {"powil", "__qpu_powi", "eei"}, {"__clear_cache", NULL, "vss"},
    /* __builtin_trap stops the program as abort does */
    {"trap", "abort", "v"},
};

static Type *sig_type(char c)
{
    switch (c) {
    case 'v': return ty_basic(TY_VOID);
    case 'i': return ty_basic(TY_INT);
    case 'u': return ty_basic(TY_UINT);
    case 'l': return ty_basic(TY_LONG);
    case 'k': case 'z': return ty_basic(TY_ULONG);
    case 'L': return ty_basic(TY_LLONG);
    case 'U': return ty_basic(TY_ULLONG);
    case 'f': return ty_basic(TY_FLOAT);
    case 'g': return ty_basic(TY_FLOAT32);
    case 'd': return ty_basic(TY_DOUBLE);
    case 'e': return ty_basic(TY_LDOUBLE);
    case 'q': return ty_ptr(ty_qual(ty_basic(TY_VOID), Q_CONST));
    case 's': case 'V': return ty_ptr(ty_basic(TY_CHAR));
    case 'c': return ty_ptr(ty_qual(ty_basic(TY_CHAR), Q_CONST));
    case 'w': return ty_ptr(ty_basic(TY_INT));
    case 'W': return ty_ptr(ty_qual(ty_basic(TY_INT), Q_CONST));
    case 'I': return ty_ptr(ty_basic(TY_INT));
    case 'D': return ty_ptr(ty_basic(TY_DOUBLE));
    case 'G': return ty_ptr(ty_basic(TY_FLOAT));
    case 'H': return ty_ptr(ty_basic(TY_LDOUBLE));
    case 'S': return ty_ptr(ty_ptr(ty_basic(TY_CHAR)));
    case 'x': return ty_complex(ty_basic(TY_FLOAT));
    case 'y': return ty_complex(ty_basic(TY_DOUBLE));
    case 'Y': return ty_complex(ty_basic(TY_LDOUBLE));
    default: return ty_ptr(ty_basic(TY_VOID)); /* p, F */
    }
}

/* The function type of a prototype string. */
Type *sema_signature_type(const char *sig, Loc loc)
{
    Param *params = NULL, **tail = &params;
    bool variadic = false;
    for (const char *c = sig + 1; *c; c++) {
        if (*c == '.') {
            variadic = true;
            break;
        }
        Param *p = arena_alloc(sizeof *p);
        p->ty = sig_type(*c);
        p->loc = loc;
        *tail = p;
        tail = &p->next;
    }
    return ty_func(sig_type(sig[0]), params, variadic, false);
}

/* __builtin_NAMEf32: the float function NAMEf with _Float32 for float, declared under
 * the builtin's own name (the program's NAMEf keeps its type) with libc's symbol. */
static bool float32_builtin(Node *e, const char *name)
{
    size_t len = strlen(name);
    if (len < 4 || strcmp(name + len - 3, "f32"))
        return false;
    char *base = arena_printf("%.*s", (int)(len - 2), name); /* fabsf32 -> fabsf */
    for (size_t i = 0; i < sizeof library / sizeof *library; i++) {
        if (strcmp(base, library[i].name) || !strchr(library[i].sig, 'f'))
            continue;
        char *sig = arena_printf("%s", library[i].sig);
        for (char *c = sig; *c; c++)
            *c = *c == 'f' ? 'g' : *c;
        char *own = arena_printf("__builtin_%s", name);
        e->a->name = own;
        e->a->op = 1;
        if (!sema_lookup(own)) {
            sema_declare_function(own, sema_signature_type(sig, e->loc), e->loc);
            sema_lookup(own)->asm_name = asm_symbol(library[i].libc ? library[i].libc : base);
        }
        return true;
    }
    return false;
}

/* __builtin_NAME (name without the prefix) as a library call: renames the callee and
 * declares the function if the program has not; false if name is no library builtin. */
bool sema_library_builtin(Node *e, const char *name)
{
    if (float32_builtin(e, name))
        return true;
    for (size_t i = 0; i < sizeof library / sizeof *library; i++) {
        if (strcmp(name, library[i].name))
            continue;
        const char *callee = library[i].libc ? library[i].libc : library[i].name;
        e->a->name = (char *)callee;
        e->a->op = 1; /* known to the compiler: declared without a warning */
        if (!sema_lookup(callee))
            sema_declare_function(callee, sema_signature_type(library[i].sig, e->loc), e->loc);
        return true;
    }
    return false;
}
