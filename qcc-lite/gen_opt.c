/* gen_opt.c - peephole passes over a function's generated code (-O1):
 *  - constants loaded into the scratch register r9 inside an innermost loop without
 *    calls are hoisted into free temporaries before the loop;
 *    (not loops inside an expression, marked "; no-hoist": temporaries live around
 *    them are not visible in them);
 *  - a jump to the label that immediately follows is removed.
 * Works on the text lines; relies on the code generator's invariants: r9 is never
 * live across a label, and no temporary is live at a statement boundary (so at a
 * loop's entry every temporary not mentioned inside the loop is free).
 */
#include <string.h>

#include "qcc.h"

typedef struct Lines {
    char **v;
    int n;
} Lines;

static Lines split(struct buf *b)
{
    Lines l = {0};
    int count = 0;
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] == '\n')
            count++;
    l.v = arena_alloc(sizeof(char *) * (size_t)(count + 1));
    size_t start = 0;
    for (size_t i = 0; i < b->len; i++) {
        if (b->data[i] == '\n') {
            char *s = arena_alloc(i - start + 1);
            memcpy(s, b->data + start, i - start);
            l.v[l.n++] = s;
            start = i + 1;
        }
    }
    return l;
}

static void join(Lines *l, struct buf *b)
{
    b->len = 0;
    for (int i = 0; i < l->n; i++) {
        if (!l->v[i])
            continue;
        buf_append(b, l->v[i], strlen(l->v[i]));
        buf_append(b, "\n", 1);
    }
}

static bool is_label(const char *s)
{
    size_t n = strlen(s);
    return s[0] == '@' && n > 1 && s[n - 1] == ':';
}

/* "constant r9 @f$L3" -> "@f$L3" (else NULL) */
static const char *const_operand(const char *s, const char *reg)
{
    size_t rl = strlen(reg);
    if (strncmp(s, "constant ", 9) != 0 || strncmp(s + 9, reg, rl) != 0 || s[9 + rl] != ' ')
        return NULL;
    return s + 10 + rl;
}

static bool mentions_reg(const char *s, int r)
{
    char name[8];
    snprintf(name, sizeof name, "r%d", r);
    size_t n = strlen(name);
    for (const char *p = strstr(s, name); p; p = strstr(p + 1, name)) {
        bool start = p == s || p[-1] == ' ';
        bool end = p[n] == 0 || p[n] == ' ';
        if (start && end)
            return true;
    }
    return false;
}

/* Does the line write r9 (as a destination)? */
static bool writes_scratch(const char *s)
{
    static const char *no_dest[] = {"store ", "jmp ", "jz ", "jnz ", "rjmp ", "rjz ", "rjnz ",
                                    "int ", "halt", "nop", "wait"};
    for (size_t i = 0; i < sizeof no_dest / sizeof no_dest[0]; i++)
        if (strncmp(s, no_dest[i], strlen(no_dest[i])) == 0)
            return false;
    const char *sp = strchr(s, ' ');
    return sp && strncmp(sp + 1, "r9", 2) == 0 && (sp[3] == ' ' || sp[3] == 0);
}

/* Renames the source operands r9 of a line to r (not a destination r9). */
static char *rename_scratch(const char *s, int r, bool skip_dest)
{
    struct buf b = {0};
    const char *p = s;
    const char *dest = skip_dest ? strchr(s, ' ') + 1 : NULL;
    while (*p) {
        if (p != dest && p[0] == 'r' && p[1] == '9' && (p == s || p[-1] == ' ') &&
            (p[2] == 0 || p[2] == ' ')) {
            char name[8];
            int n = snprintf(name, sizeof name, "r%d", r);
            buf_append(&b, name, (size_t)n);
            p += 2;
        } else {
            buf_append(&b, p++, 1);
        }
    }
    buf_append(&b, "", 1);
    char *out = arena_strdup((char *)b.data);
    buf_free(&b);
    return out;
}

/* Is label `name` (without ':') referenced outside lines [lo, hi]? */
static bool referenced_outside(Lines *l, const char *name, int lo, int hi, int skip)
{
    size_t n = strlen(name);
    for (int i = 0; i < l->n; i++) {
        if ((i >= lo && i <= hi) || i == skip || !l->v[i])
            continue;
        for (const char *p = strstr(l->v[i], name); p; p = strstr(p + 1, name))
            if (p[n] == 0 || p[n] == ' ' || p[n] == ':' || p[n] == '+' || p[n] == '-')
                return true;
    }
    return false;
}

static void hoist_loop(Lines *l, int head, int tail, uint32_t reserved)
{
    /* the loop must not call anything or contain inline assembly or other loops */
    for (int i = head; i <= tail; i++) {
        const char *s = l->v[i];
        if (!s)
            return;
        if (strstr(s, "r62") || strcmp(s, "; __asm__") == 0 || strncmp(s, "int ", 4) == 0 ||
            strcmp(s, "; no-hoist") == 0)
            return;
    }
    /* entry: fall-through into head, or a `constant r9 @X; jmp r9` just before it */
    int insert = head;
    int entry_jump = -1;
    if (head >= 2 && l->v[head - 1] && l->v[head - 2] && strcmp(l->v[head - 1], "jmp r9") == 0 &&
        const_operand(l->v[head - 2], "r9")) {
        insert = head - 2;
        entry_jump = head - 2;
    }
    for (int i = head; i <= tail; i++) {
        const char *s = l->v[i];
        if (is_label(s)) {
            char *name = arena_strdup(s);
            name[strlen(name) - 1] = 0;
            if (referenced_outside(l, name, head, tail, entry_jump))
                return;
        }
    }
    if (entry_jump >= 0) {
        /* the entry jump's target must be inside the loop */
        const char *target = const_operand(l->v[entry_jump], "r9");
        bool inside = false;
        for (int i = head; i <= tail; i++)
            if (is_label(l->v[i]) && strncmp(l->v[i], target, strlen(target)) == 0 &&
                l->v[i][strlen(target)] == ':')
                inside = true;
        if (!inside)
            return;
    }
    /* free temporaries: not mentioned in the loop */
    int free_regs[TEMP_LAST - TEMP_FIRST + 1], nfree = 0;
    for (int r = TEMP_LAST; r >= TEMP_FIRST; r--) {
        bool used = (reserved >> r) & 1;
        for (int i = head; i <= tail && !used; i++)
            used = mentions_reg(l->v[i], r);
        if (!used)
            free_regs[nfree++] = r;
    }
    const char *values[TEMP_LAST - TEMP_FIRST + 1];
    int regs[TEMP_LAST - TEMP_FIRST + 1], nvalues = 0;
    struct buf pre = {0};
    for (int i = head; i <= tail; i++) {
        const char *v = const_operand(l->v[i], "r9");
        if (!v)
            continue;
        int r = -1;
        for (int k = 0; k < nvalues; k++)
            if (strcmp(values[k], v) == 0)
                r = regs[k];
        if (r < 0) {
            if (nvalues == nfree)
                continue;
            r = free_regs[nvalues];
            values[nvalues] = v;
            regs[nvalues++] = r;
            char line[128];
            int n = snprintf(line, sizeof line, "constant r%d %s\n", r, v);
            buf_append(&pre, line, (size_t)n);
        }
        l->v[i] = NULL;
        for (int j = i + 1; j <= tail && l->v[j]; j++) {
            if (is_label(l->v[j]))
                break;
            bool redefines = writes_scratch(l->v[j]);
            l->v[j] = rename_scratch(l->v[j], r, redefines);
            if (redefines)
                break;
        }
    }
    if (pre.len) {
        buf_append(&pre, "", 1);
        size_t n = strlen(l->v[insert]) + pre.len + 1;
        char *merged = arena_alloc(n);
        snprintf(merged, n, "%s%s", (char *)pre.data, l->v[insert]);
        l->v[insert] = merged;
    }
    buf_free(&pre);
}

/* Finds innermost loops: a backward conditional branch to a label with no other
 * backward branch inside. */
static void hoist_all(Lines *l, uint32_t reserved)
{
    for (int i = 1; i < l->n; i++) {
        const char *s = l->v[i];
        if (!s || (strncmp(s, "jnz ", 4) != 0 && strncmp(s, "jz ", 3) != 0 &&
                   strcmp(s, "jmp r9") != 0))
            continue;
        const char *target = l->v[i - 1] ? const_operand(l->v[i - 1], "r9") : NULL;
        if (!target || target[0] != '@')
            continue;
        size_t tl = strlen(target);
        int head = -1;
        for (int j = i - 2; j >= 0; j--)
            if (l->v[j] && strncmp(l->v[j], target, tl) == 0 && l->v[j][tl] == ':') {
                head = j;
                break;
            }
        if (head < 0)
            continue;
        bool inner = true;
        for (int j = head + 1; j < i - 1 && inner; j++) {
            const char *t = l->v[j] ? const_operand(l->v[j], "r9") : NULL;
            if (!t || t[0] != '@')
                continue;
            size_t n = strlen(t);
            for (int k = head; k < j; k++)
                if (l->v[k] && strncmp(l->v[k], t, n) == 0 && l->v[k][n] == ':')
                    inner = false;
        }
        if (inner)
            hoist_loop(l, head, i, reserved);
    }
}

/* `constant r9 @L; jmp r9` directly followed by `@L:` */
static void drop_jumps_to_next(Lines *l)
{
    for (int i = 0; i + 2 < l->n; i++) {
        if (!l->v[i] || !l->v[i + 1] || !l->v[i + 2] || strcmp(l->v[i + 1], "jmp r9") != 0)
            continue;
        const char *t = const_operand(l->v[i], "r9");
        if (t && strncmp(l->v[i + 2], t, strlen(t)) == 0 && l->v[i + 2][strlen(t)] == ':' &&
            l->v[i + 2][strlen(t) + 1] == 0) {
            l->v[i] = NULL;
            l->v[i + 1] = NULL;
        }
    }
}

/* reserved: temporaries that hold variables (never free for hoisting) */
void opt_function(struct buf *body, uint32_t reserved)
{
    Lines l = split(body);
    drop_jumps_to_next(&l);
    /* compact so that neighbours are adjacent again */
    int k = 0;
    for (int i = 0; i < l.n; i++)
        if (l.v[i])
            l.v[k++] = l.v[i];
    l.n = k;
    hoist_all(&l, reserved);
    join(&l, body);
}
