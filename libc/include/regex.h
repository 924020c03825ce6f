/* regex.h - POSIX regular expressions (libc/src/posix/regex.c). Basic (BRE) by default,
 * extended (ERE: + ? without backslash) with REG_EXTENDED. Supported: literals, '.',
 * bracket expressions with ranges, negation and [:classes:], '*', '\+', '\?',
 * '\{m,n\}', anchors '^' and '$'. Not supported: groups, back-references, alternation
 * (regcomp says REG_BADPAT). */
#ifndef _REGEX_H
#define _REGEX_H

#include <stddef.h>

typedef long regoff_t;

typedef struct {
    size_t re_nsub;        /* number of groups (always 0) */
    void *__atoms;         /* compiled pattern */
    int __count;
    int __anchored;        /* starts with '^' */
} regex_t;

typedef struct {
    regoff_t rm_so;        /* start of the match, -1 if none */
    regoff_t rm_eo;        /* one past its end */
} regmatch_t;

#define REG_EXTENDED 0x01
#define REG_ICASE    0x02
#define REG_NOSUB    0x04
#define REG_NEWLINE  0x08

#define REG_NOTBOL   0x01
#define REG_NOTEOL   0x02

#define REG_NOMATCH  1
#define REG_BADPAT   2
#define REG_EBRACK   3
#define REG_BADRPT   4
#define REG_EBRACE   5
#define REG_ESPACE   6
#define REG_BADBR    7
#define REG_EESCAPE  8

int regcomp(regex_t *re, const char *pattern, int cflags);
int regexec(const regex_t *re, const char *string, size_t nmatch, regmatch_t match[],
            int eflags);
size_t regerror(int code, const regex_t *re, char *buf, size_t size);
void regfree(regex_t *re);

#endif
