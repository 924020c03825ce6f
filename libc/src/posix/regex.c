/* regex.c - a small backtracking regular-expression engine behind <regex.h>. A pattern
 * compiles to a list of atoms (a character, any character, a set, the end anchor), each
 * with a repeat range; matching tries each start position, greedy with backtracking. */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

enum { ATOM_CHAR, ATOM_ANY, ATOM_SET, ATOM_EOL };
#define REPEAT_MANY 0x7FFFFFFF

struct atom {
    int kind;
    int c;                      /* ATOM_CHAR */
    unsigned set[8];            /* ATOM_SET: 256 bits */
    int min, max;               /* repeat range */
};

struct compiler {
    const char *p;
    int flags;
    struct atom *atoms;
    int count, capacity;
};

static void set_add(unsigned *set, int c)
{
    if (c >= 0 && c < 256)
        set[c >> 5] |= 1u << (c & 31);
}

static int set_has(const unsigned *set, int c)
{
    return c >= 0 && c < 256 && (set[c >> 5] >> (c & 31)) & 1;
}

static int class_member(const char *name, int len, int c)
{
    static const char *names[] = {"alpha", "digit", "alnum", "upper", "lower", "space",
                                  "blank", "punct", "print", "graph", "cntrl", "xdigit"};
    int (*tests[])(int) = {isalpha, isdigit, isalnum, isupper, islower, isspace,
                           isblank, ispunct, isprint, isgraph, iscntrl, isxdigit};
    for (int i = 0; i < 12; i++)
        if ((int)strlen(names[i]) == len && strncmp(names[i], name, len) == 0)
            return tests[i](c) ? 1 : 0;
    return -1;
}

/* Parses a bracket expression after '['; returns 0 or REG_EBRACK/REG_BADPAT. */
static int parse_set(struct compiler *cc, unsigned *set)
{
    const char *p = cc->p;
    int negate = 0, first = 1;
    if (*p == '^')
        negate = 1, p++;
    while (*p && (*p != ']' || first)) {
        int lo = *p, hi;
        first = 0;
        if (p[0] == '[' && p[1] == ':') {
            const char *end = strstr(p + 2, ":]");
            if (end == NULL)
                return REG_EBRACK;
            if (class_member(p + 2, (int)(end - p - 2), 'a') < 0)
                return REG_BADPAT;
            for (int c = 0; c < 256; c++)
                if (class_member(p + 2, (int)(end - p - 2), c) == 1)
                    set_add(set, c);
            p = end + 2;
            continue;
        }
        hi = lo;
        p++;
        if (*p == '-' && p[1] && p[1] != ']') {
            hi = p[1];
            p += 2;
        }
        for (int c = lo; c <= hi; c++) {
            set_add(set, c);
            if (cc->flags & REG_ICASE) {
                set_add(set, tolower(c));
                set_add(set, toupper(c));
            }
        }
    }
    if (*p != ']')
        return REG_EBRACK;
    cc->p = p + 1;
    if (negate)
        for (int i = 0; i < 8; i++)
            set[i] = ~set[i];
    if (negate && (cc->flags & REG_NEWLINE))
        set['\n' >> 5] &= ~(1u << ('\n' & 31));
    return 0;
}

static struct atom *new_atom(struct compiler *cc, int kind)
{
    struct atom *a;
    if (cc->count == cc->capacity) {
        int grown = cc->capacity ? cc->capacity * 2 : 8;
        struct atom *bigger = realloc(cc->atoms, grown * sizeof *bigger);
        if (bigger == NULL)
            return NULL;
        cc->atoms = bigger;
        cc->capacity = grown;
    }
    a = &cc->atoms[cc->count++];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->min = a->max = 1;
    return a;
}

static int parse_number(const char **p)
{
    int n = 0;
    if (!isdigit(**p))
        return -1;
    while (isdigit(**p))
        n = n * 10 + (*(*p)++ - '0');
    return n;
}

/* Parses an interval after '{' (or "\{"): m, m, or m,n then the closing brace. */
static int parse_interval(struct compiler *cc, struct atom *a)
{
    const char *p = cc->p;
    int ere = cc->flags & REG_EXTENDED;
    int min = parse_number(&p), max = min;
    if (min < 0)
        return REG_BADBR;
    if (*p == ',') {
        p++;
        max = isdigit(*p) ? parse_number(&p) : REPEAT_MANY;
    }
    if (ere ? *p != '}' : (p[0] != '\\' || p[1] != '}'))
        return REG_EBRACE;
    if (max < min)
        return REG_BADBR;
    cc->p = p + (ere ? 1 : 2);
    a->min = min;
    a->max = max;
    return 0;
}

/* Applies the repeat operators that follow the last atom. */
static int parse_repeats(struct compiler *cc, struct atom *a)
{
    int ere = cc->flags & REG_EXTENDED;
    for (;;) {
        const char *p = cc->p;
        int op = 0;
        if (*p == '*')
            op = '*', cc->p += 1;
        else if (ere && (*p == '+' || *p == '?' || *p == '{'))
            op = *p, cc->p += 1;
        else if (!ere && p[0] == '\\' && (p[1] == '+' || p[1] == '?' || p[1] == '{'))
            op = p[1], cc->p += 2;
        if (op == 0)
            return 0;
        if (op == '*')
            a->min = 0, a->max = REPEAT_MANY;
        else if (op == '+')
            a->max = REPEAT_MANY;
        else if (op == '?')
            a->min = 0;
        else {
            int err = parse_interval(cc, a);
            if (err)
                return err;
        }
    }
}

static int parse_atom(struct compiler *cc)
{
    int ere = cc->flags & REG_EXTENDED, c = *cc->p++, err, escaped = 0;
    struct atom *a;
    if (c == '$' && *cc->p == '\0')
        return new_atom(cc, ATOM_EOL) ? 0 : REG_ESPACE;
    if (c == '\\') {
        c = *cc->p++;
        escaped = 1;
        if (c == '\0')
            return REG_EESCAPE;
        if (c == '(' || c == ')' || c == '|' || (c >= '1' && c <= '9'))
            return REG_BADPAT;         /* groups, alternation, back-references */
    } else if (ere && (c == '(' || c == ')' || c == '|')) {
        return REG_BADPAT;
    } else if (ere && (c == '+' || c == '?' || c == '{' || c == '*')) {
        return REG_BADRPT;
    }
    a = new_atom(cc, escaped ? ATOM_CHAR : c == '.' ? ATOM_ANY : c == '[' ? ATOM_SET
                                                                           : ATOM_CHAR);
    if (a == NULL)
        return REG_ESPACE;
    if (a->kind == ATOM_SET) {
        err = parse_set(cc, a->set);
        if (err)
            return err;
    }
    a->c = c;
    if ((cc->flags & REG_ICASE) && a->kind == ATOM_CHAR && isalpha(c)) {
        a->kind = ATOM_SET;
        set_add(a->set, tolower(c));
        set_add(a->set, toupper(c));
    }
    return parse_repeats(cc, &cc->atoms[cc->count - 1]);
}

int regcomp(regex_t *re, const char *pattern, int cflags)
{
    struct compiler cc;
    int err = 0;
    memset(&cc, 0, sizeof cc);
    cc.p = pattern;
    cc.flags = cflags;
    re->re_nsub = 0;
    re->__anchored = 0;
    if (*cc.p == '^') {
        re->__anchored = 1;
        cc.p++;
    }
    /* BRE: a leading '*' is literal */
    if (!(cflags & REG_EXTENDED) && *cc.p == '*') {
        struct atom *a = new_atom(&cc, ATOM_CHAR);
        if (a == NULL)
            return REG_ESPACE;
        a->c = '*';
        cc.p++;
        err = parse_repeats(&cc, a);
    }
    while (err == 0 && *cc.p)
        err = parse_atom(&cc);
    if (err) {
        free(cc.atoms);
        re->__atoms = NULL;
        return err;
    }
    re->__atoms = cc.atoms;
    re->__count = cc.count;
    return 0;
}

static int atom_matches(const struct atom *a, int c)
{
    if (c == '\0')
        return 0;
    if (a->kind == ATOM_ANY)
        return 1;
    if (a->kind == ATOM_CHAR)
        return a->c == c;
    return set_has(a->set, c);
}

/* The end of a match of atoms[i..] starting at s, or NULL. */
static const char *match_here(const struct atom *atoms, int i, int count, const char *s,
                              int eflags)
{
    const struct atom *a;
    int n = 0;
    if (i == count)
        return s;
    a = &atoms[i];
    if (a->kind == ATOM_EOL)
        return *s == '\0' && !(eflags & REG_NOTEOL) ? s : NULL;
    while (n < a->max && atom_matches(a, s[n]))
        n++;
    for (; n >= a->min; n--) {
        const char *end = match_here(atoms, i + 1, count, s + n, eflags);
        if (end != NULL)
            return end;
    }
    return NULL;
}

int regexec(const regex_t *re, const char *string, size_t nmatch, regmatch_t match[],
            int eflags)
{
    const struct atom *atoms = re->__atoms;
    const char *s = string;
    if (atoms == NULL && re->__count != 0)
        return REG_BADPAT;
    if (re->__anchored && (eflags & REG_NOTBOL))
        return REG_NOMATCH;
    do {
        const char *end = match_here(atoms, 0, re->__count, s, eflags);
        if (end != NULL) {
            for (size_t k = 0; k < nmatch; k++)
                match[k].rm_so = match[k].rm_eo = -1;
            if (nmatch > 0) {
                match[0].rm_so = s - string;
                match[0].rm_eo = end - string;
            }
            return 0;
        }
        if (re->__anchored)
            break;
    } while (*s++);
    return REG_NOMATCH;
}

size_t regerror(int code, const regex_t *re, char *buf, size_t size)
{
    static const char *messages[] = {
        "success", "no match", "invalid or unsupported pattern",
        "unmatched [", "invalid use of repetition", "unmatched \\{",
        "out of memory", "invalid repetition count", "trailing backslash"};
    const char *text = code >= 0 && code <= REG_EESCAPE ? messages[code] : "error";
    (void)re;
    if (size > 0) {
        strncpy(buf, text, size - 1);
        buf[size - 1] = '\0';
    }
    return strlen(text) + 1;
}

void regfree(regex_t *re)
{
    free(re->__atoms);
    re->__atoms = NULL;
    re->__count = 0;
}
