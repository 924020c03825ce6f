/* ir.c - constructors for the assembler's IR: statements and their operands. */
#include "asm.h"

#include <ctype.h>
#include <string.h>

struct operand *opnd_new(enum opnd_kind kind, struct diag_loc loc)
{
    struct operand *op = arena_alloc(sizeof *op);
    op->kind = kind;
    op->loc = loc;
    return op;
}

struct stmt *stmt_new(enum stmt_kind kind, struct diag_loc loc)
{
    struct stmt *s = arena_alloc(sizeof *s);
    s->kind = kind;
    s->loc = loc;
    s->opcode = -1;
    return s;
}

void program_append(struct program *p, struct stmt *s)
{
    if (p->last)
        p->last->next = s;
    else
        p->first = s;
    p->last = s;
}

/* seg(::seg)* with seg = [A-Za-z_$][A-Za-z0-9_$]* (a leading $ is our extension) */
bool name_is_plain(const char *name)
{
    const char *p = name;
    for (;;) {
        if (!(isalpha((unsigned char)*p) || *p == '_' || *p == '$'))
            return false;
        while (isalnum((unsigned char)*p) || *p == '_' || *p == '$')
            p++;
        if (*p == '\0')
            return true;
        if (p[0] != ':' || p[1] != ':')
            return false;
        p += 2;
    }
}

const char *name_display(const char *name)
{
    size_t n = strlen(name);
    char *s = arena_alloc(n + 4);
    if (name_is_plain(name)) {
        s[0] = '@';
        memcpy(s + 1, name, n);
    } else {
        s[0] = '@';
        s[1] = '`';
        memcpy(s + 2, name, n);
        s[n + 2] = '`';
    }
    return s;
}
