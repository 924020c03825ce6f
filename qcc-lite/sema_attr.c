/* sema_attr.c - GNU __attribute__((...)) lists and C11 _Alignas: which attributes are
 * known, which are honoured (noreturn, unused, aligned, packed, format: see
 * docs/c-dialect.md), and the -Wformat-style check of printf/scanf format strings
 * against the arguments of a call.
 */
#include <string.h>

#include "qcc.h"

/* "__name__" and "name" are the same attribute. */
static const char *attr_name(const char *n, char *buf, size_t size)
{
    size_t len = strlen(n);
    if (len > 4 && strncmp(n, "__", 2) == 0 && strcmp(n + len - 2, "__") == 0) {
        snprintf(buf, size, "%.*s", (int)(len - 4), n + 2);
        return buf;
    }
    return n;
}

/* Attributes accepted with no effect: hints to an optimizer or to other tools. */
static const char *const hint_attrs[] = {
    "always_inline", "noinline", "inline", "const", "pure", "cold", "hot", "nonnull",
    "malloc", "warn_unused_result", "returns_nonnull", "deprecated", "visibility", "nothrow",
    "leaf", "fallthrough", "may_alias", "artificial", "gnu_inline", "optimize",
    "no_instrument_function", "sentinel", "alloc_size", "format_arg", "designated_init",
    "externally_visible", "flatten", "noclone", "no_reorder", "returns_twice", "unavailable",
    "nonstring", "access", "no_sanitize", "no_sanitize_address", "unused", "used",
    "maybe_unused", "noreturn", "packed", "aligned", "format", "transparent_union", "alias",
    "weak", "cleanup", "vector_size", /* sema_vector.c */
};

/* Attributes whose meaning qcc-lite cannot give (c-dialect.md): warned, then ignored. */
static const char *const unsupported_attrs[] = {
    "section", "constructor", "destructor", "mode",
    "interrupt", "naked", "ifunc", "weakref", "tls_model",
};

static bool in_list(const char *n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(n, list[i]) == 0)
            return true;
    return false;
}

/* Checks one alignment request (in words); larger than one word is not implemented. */
static void check_alignment(Node *e, Loc loc, const char *what)
{
    Node *v = sema_expr(e);
    int64_t n;
    if (!sema_eval_const(v, &n) || n < 0 || (n & (n - 1)) != 0) {
        diag_error_at(loc, "requested alignment is not a positive power of 2 constant");
        return;
    }
    if (n > 1)
        diag_warning_at(loc, "requested %s of %lld is greater than the implemented alignment "
                             "of 1 word; ignored", what, (long long)n);
}

void sema_check_attrs(Node *attrs)
{
    char buf[128];
    for (Node *a = attrs; a; a = a->next) {
        const char *n = attr_name(a->name, buf, sizeof buf);
        if (strcmp(n, " asm") == 0)
            continue; /* an asm label (parse.y) */
        if (strcmp(n, "aligned") == 0 && a->a)
            check_alignment(a->a, a->loc, "alignment");
        else if (in_list(n, unsupported_attrs, sizeof unsupported_attrs / sizeof *unsupported_attrs))
            diag_warning_at(a->loc, "'%s' attribute is not supported by qcc-lite; ignored", n);
        else if (!in_list(n, hint_attrs, sizeof hint_attrs / sizeof *hint_attrs))
            diag_warning_at(a->loc, "'%s' attribute directive ignored", a->name);
    }
}

void sema_check_align(Spec *spec)
{
    Node *al = spec->align;
    if (!al)
        return;
    if (spec->storage == SC_REGISTER || spec->storage == SC_TYPEDEF) /* C11 6.7.5p2 */
        diag_error_at(al->loc, "alignment specified for a '%s' declaration",
                      spec->storage == SC_REGISTER ? "register" : "typedef");
    if (al->kind == ND_TYPE_NAME) {
        sema_decl_type(al->spec, al->decl, al->loc); /* every type has alignment 1 */
        return;
    }
    check_alignment(al, al->loc, "'_Alignas' alignment");
}

/* format(printf, 1, 2): the archetype and the two argument positions. */
static void apply_format(Node *a, Sym *s)
{
    char buf[128];
    Node *kind = a->a, *idx = kind ? kind->next : NULL, *first = idx ? idx->next : NULL;
    if (!first || kind->kind != ND_IDENT || idx->kind != ND_NUM || first->kind != ND_NUM) {
        diag_warning_at(a->loc, "'format' attribute needs (archetype, index, first)");
        return;
    }
    const char *k = attr_name(kind->name, buf, sizeof buf);
    if (strcmp(k, "printf") == 0 || strcmp(k, "gnu_printf") == 0)
        s->format_kind = 'p';
    else if (strcmp(k, "scanf") == 0 || strcmp(k, "gnu_scanf") == 0)
        s->format_kind = 's';
    else {
        diag_warning_at(kind->loc, "'%s' is an unrecognized format function type", kind->name);
        return;
    }
    s->format_idx = (int)idx->ival;
    s->format_first = (int)first->ival;
}

/* alias("target"): the name is another name for target, declared earlier in this file
 * (weak.c: a label of its own at the target's definition, or uses of the target). */
static void apply_alias(Node *a, Sym *s)
{
    Node *arg = a->a;
    if (!arg || arg->kind != ND_STR || arg->next) {
        diag_error_at(a->loc, "'alias' attribute needs a string: the target's name");
        return;
    }
    char *name = arena_alloc((size_t)arg->strlen);
    for (int i = 0; i < arg->strlen; i++)
        name[i] = (char)arg->str[i];
    Sym *t = sema_lookup(name);
    if (!t || (t->kind != SYM_VAR && t->kind != SYM_FUNC) || !t->global) {
        diag_error_at(a->loc, "alias target '%s' is not a variable or function defined "
                              "earlier in this file", name);
        return;
    }
    if (t->kind != s->kind) {
        diag_error_at(a->loc, "alias '%s' and its target '%s' are not both variables or both "
                              "functions", s->name, name);
        return;
    }
    sema_add_alias(s, t);
    t->used = true;
}

/* `__asm__("name")` after a declarator: the symbol's name in the assembly (GNU C). */
static void apply_asm_label(Node *a, Sym *s)
{
    Node *str = a->a;
    if (s->kind != SYM_VAR && s->kind != SYM_FUNC)
        return;
    if (!s->global && s->storage == SC_REGISTER) {
        diag_warning_at(a->loc, "explicit register variable '%s' is not supported; "
                                "the register name is ignored", s->name);
        return;
    }
    if (!s->global) {
        diag_error_at(a->loc, "asm label on the automatic variable '%s'", s->name);
        return;
    }
    if (str->strlen <= 1 || str->str[0] == 0) {
        diag_error_at(a->loc, "empty asm label for '%s'", s->name);
        return;
    }
    s->asm_name = asm_symbol(ident_from_codepoints(str->str, str->strlen - 1));
}

void sema_apply_attrs(Node *attrs, Sym *s)
{
    char buf[128];
    for (Node *a = attrs; a; a = a->next) {
        const char *n = attr_name(a->name, buf, sizeof buf);
        if (strcmp(n, "noreturn") == 0)
            s->noreturn = true;
        else if (strcmp(n, "unused") == 0 || strcmp(n, "used") == 0 ||
                 strcmp(n, "maybe_unused") == 0)
            s->used = true;
        else if (strcmp(n, "format") == 0)
            apply_format(a, s);
        else if (strcmp(n, "alias") == 0)
            apply_alias(a, s);
        else if (strcmp(n, " asm") == 0)
            apply_asm_label(a, s);
        else if (strcmp(n, "weak") == 0)
            sema_mark_weak(s, a->loc);
    }
}

/* ---- format strings ---- */

typedef struct Conv {
    char length[3];   /* "", "h", "hh", "l", "ll", "L", "j", "z", "t" */
    char c;           /* the conversion character */
} Conv;

static Node *strip(Node *e)
{
    while (e && (e->kind == ND_CONV || e->kind == ND_DECAY))
        e = e->a;
    return e;
}

/* What the argument for a conversion must be: 'i' integer, 'L' long long, 'f' floating,
 * 's' pointer to characters, 'p' any pointer, 'n' pointer to integer, 0 unknown. */
static int printf_class(Conv *c)
{
    bool ll = strcmp(c->length, "ll") == 0 || strcmp(c->length, "j") == 0;
    switch (c->c) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': return ll ? 'L' : 'i';
    case 'c': return 'i';
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': return 'f';
    case 's': return 's';
    case 'p': return 'p';
    case 'n': return 'n';
    default: return 0;
    }
}

static bool is_char_kind(Type *t)
{
    return t->kind == TY_CHAR || t->kind == TY_SCHAR || t->kind == TY_UCHAR;
}

static const char *class_name(int cls, Conv *c, bool scanf)
{
    switch (cls) {
    case 'i': return scanf ? "int *" : "int";
    case 'L': return scanf ? "long long *" : "long long";
    case 'f': return scanf ? (c->length[0] ? "double *" : "float *") : "double";
    case 's': return "char *";
    case 'p': return scanf ? "void **" : "void *";
    default: return "int *";
    }
}

static bool arg_matches(int cls, Type *t, bool scanf)
{
    if (scanf && cls != 's') {
        if (!ty_is_ptr(t))
            return false;
        t = t->base;
        if (cls == 'p')
            return ty_is_ptr(t);
        cls = cls == 'n' ? 'i' : cls;
    }
    switch (cls) {
    case 'i': return ty_is_integer(t) && !ty_is_ll(t);
    case 'L': return ty_is_ll(t);
    case 'f': return ty_is_float(t);
    case 's': return ty_is_ptr(t) && (is_char_kind(t->base) || t->base->kind == TY_VOID);
    case 'p': return ty_is_ptr(t);
    case 'n': return ty_is_ptr(t) && ty_is_integer(t->base);
    default: return true;
    }
}

/* Parses one conversion after '%' at fmt[*i]; false at an unknown character. Stars
 * (width/precision from arguments) are counted in *stars. */
static bool parse_conv(const int *fmt, int len, int *i, Conv *c, int *stars, bool scanf)
{
    int k = *i;
    while (k < len && strchr("-+ #0'", fmt[k]) && fmt[k])
        k++;
    if (scanf && k < len && fmt[k] == '*')
        k++, *stars = -1; /* assignment suppressed: no argument */
    for (int part = 0; part < 2; part++) {
        if (k < len && fmt[k] == '*' && !scanf)
            k++, (*stars)++;
        while (k < len && fmt[k] >= '0' && fmt[k] <= '9')
            k++;
        if (part == 0 && k < len && fmt[k] == '.')
            k++;
        else
            break;
    }
    int n = 0;
    while (k < len && n < 2 && strchr("hlLjzt", fmt[k]) && fmt[k])
        c->length[n++] = (char)fmt[k++];
    c->length[n] = 0;
    if (k >= len)
        return false;
    c->c = (char)fmt[k];
    *i = k + 1;
    return fmt[k] == '%' || (scanf && fmt[k] == '[') || printf_class(c) != 0;
}

void sema_check_format(Node *call, Sym *fn)
{
    bool scanf = fn->format_kind == 's';
    Node *arg = call->b;
    for (int k = 1; arg && k < fn->format_idx; k++)
        arg = arg->next;
    Node *str = strip(arg);
    if (!str || str->kind != ND_STR)
        return; /* not a literal: nothing to check */
    int argno = fn->format_idx + 1;
    Node *next = arg->next;
    if (fn->format_first == 0)
        return; /* va_list functions (vprintf) */
    const int *f = str->str;
    int len = str->strlen - 1;
    for (int i = 0; i < len;) {
        if (f[i++] != '%')
            continue;
        Conv c = {{0}, 0};
        int stars = 0;
        if (!parse_conv(f, len, &i, &c, &stars, scanf)) {
            if (c.c > ' ' && c.c < 127)
                diag_warning_at(str->loc, "unknown conversion type character '%c' in format",
                                c.c);
            else
                diag_warning_at(str->loc, "incomplete or unknown conversion in format");
            return;
        }
        if (c.c == '%')
            continue;
        for (int s = 0; s < stars; s++, argno++) {
            if (!next) {
                diag_warning_at(call->loc, "field width or precision '*' has no argument");
                return;
            }
            if (!ty_is_integer(next->ty) || ty_is_ll(next->ty))
                diag_warning_at(next->loc, "field width specifier '*' expects argument of type "
                                           "'int', but argument %d has type '%s'",
                                argno, ty_str(next->ty));
            next = next->next;
        }
        if (stars < 0)
            continue;
        if (!next) {
            diag_warning_at(call->loc, "format '%%%s%c' expects a matching argument",
                            c.length, c.c);
            return;
        }
        int cls = c.c == '[' ? 's' : printf_class(&c);
        if (!arg_matches(cls, next->ty, scanf))
            diag_warning_at(next->loc, "format '%%%s%c' expects argument of type '%s', but "
                                       "argument %d has type '%s'", c.length, c.c,
                            class_name(cls, &c, scanf), argno, ty_str(next->ty));
        next = next->next;
        argno++;
    }
    if (next)
        diag_warning_at(next->loc, "too many arguments for format");
}
