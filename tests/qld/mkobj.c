/* mkobj.c - test helper: writes a QPU object from a tiny line-based description, so the
 * linker can be tested without the assembler. Usage: mkobj DESC OUT.o
 *
 *   section text|rodata|data|bss   following lines go to that section (default text)
 *   label NAME [global|weak]       NAME = the current offset in the section (weak: a
 *                                  global with STB_WEAK)
 *   weakref NAME                   NAME is an undefined weak reference
 *   abs NAME VALUE [global]        absolute symbol
 *   words W ...                    W: a number, @NAME[+-N] (R_QPU_ABS32) or
 *                                  %NAME[+-N] (R_QPU_REL32); names not defined in the
 *                                  file become undefined references
 *   zero N                         N zero words (in bss: N words of space)
 *   # ...                          comment
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qobj.h"
#include "util.h"

static int section_named(const char *s)
{
    for (int i = 0; i < QSEC_COUNT; i++)
        if (strcmp(s, qobj_section_names[i] + 1) == 0)
            return i;
    fprintf(stderr, "mkobj: unknown section %s\n", s);
    exit(2);
}

static void emit(struct qobj *o, int sec, uint32_t w)
{
    if (sec != QSEC_BSS) {
        o->words[sec] = xrealloc(o->words[sec], (o->size[sec] + 1) * sizeof(uint32_t));
        o->words[sec][o->size[sec]] = w;
    }
    o->size[sec]++;
}

/* Index of NAME, adding an undefined symbol if it is not there yet. */
static uint32_t symbol(struct qobj *o, const char *name)
{
    long i = qobj_find_symbol(o, name);
    return i >= 0 ? (uint32_t)i : (uint32_t)qobj_add_symbol(o, name, QSYM_UNDEF, 0, true);
}

static void define(struct qobj *o, const char *name, int sec, uint32_t value, bool global)
{
    long i = qobj_find_symbol(o, name);
    if (i < 0)
        i = (long)qobj_add_symbol(o, name, sec, value, global);
    o->symbols[i].section = sec;
    o->symbols[i].value = value;
    o->symbols[i].global = global;
}

static void word(struct qobj *o, int sec, char *tok)
{
    if (tok[0] != '@' && tok[0] != '%') {
        emit(o, sec, (uint32_t)strtoll(tok, NULL, 0));
        return;
    }
    int32_t addend = 0;
    char *sign = strpbrk(tok + 1, "+-");
    if (sign) {
        addend = (int32_t)strtoll(sign, NULL, 0);
        *sign = '\0';
    }
    qobj_add_reloc(o, sec, o->size[sec], symbol(o, tok + 1),
                   tok[0] == '@' ? R_QPU_ABS32 : R_QPU_REL32, addend);
    emit(o, sec, 0);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: mkobj DESC OUT.o\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    struct qobj o = {0};
    int sec = QSEC_TEXT;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        char *save, *cmd = strtok_r(line, " \t\n", &save);
        if (!cmd || cmd[0] == '#')
            continue;
        char *a = strtok_r(NULL, " \t\n", &save), *b = strtok_r(NULL, " \t\n", &save);
        if (strcmp(cmd, "section") == 0 && a) {
            sec = section_named(a);
        } else if (strcmp(cmd, "label") == 0 && a) {
            bool weak = b && strcmp(b, "weak") == 0;
            define(&o, a, sec, o.size[sec], weak || (b && strcmp(b, "global") == 0));
            o.symbols[qobj_find_symbol(&o, a)].weak = weak;
        } else if (strcmp(cmd, "weakref") == 0 && a) {
            uint32_t k = symbol(&o, a); /* (may move o.symbols) */
            o.symbols[k].weak = true;
        } else if (strcmp(cmd, "abs") == 0 && a && b) {
            char *c = strtok_r(NULL, " \t\n", &save);
            define(&o, a, QSYM_ABS, (uint32_t)strtoll(b, NULL, 0), c != NULL);
        } else if (strcmp(cmd, "words") == 0) {
            for (char *t = a; t; t = b, b = strtok_r(NULL, " \t\n", &save))
                word(&o, sec, t);
        } else if (strcmp(cmd, "zero") == 0 && a) {
            for (long n = strtol(a, NULL, 0); n > 0; n--)
                emit(&o, sec, 0);
        } else {
            fprintf(stderr, "mkobj: bad line: %s\n", cmd);
            return 2;
        }
    }
    fclose(f);
    bool ok = qobj_write_elf(&o, argv[2]);
    qobj_free(&o);
    return ok ? 0 : 2;
}
