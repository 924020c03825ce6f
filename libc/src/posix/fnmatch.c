/* fnmatch.c - POSIX fnmatch(): shell wildcard patterns `*`, `?`, `[...]` (with ranges
 * and `!`/`^` negation) and backslash escapes. With FNM_PATHNAME a wildcard never
 * matches '/'; with FNM_PERIOD a leading '.' must be matched literally. */
#include <fnmatch.h>

/* Matches the bracket expression at *pattern (just after '['); sets *end past ']'.
 * Returns 1 if c is in the set, 0 if not, -1 if the bracket is not closed. */
static int bracket(const char *pattern, int c, const char **end)
{
    const char *p = pattern;
    int negate = 0, found = 0;
    if (*p == '!' || *p == '^')
        negate = 1, p++;
    if (*p == ']') {                       /* a leading ']' is literal */
        found = c == ']';
        p++;
    }
    while (*p && *p != ']') {
        int lo = *p == '\\' && p[1] ? *++p : *p;
        int hi = lo;
        p++;
        if (*p == '-' && p[1] && p[1] != ']') {
            hi = p[1] == '\\' && p[2] ? p[2] : p[1];
            p += p[1] == '\\' && p[2] ? 3 : 2;
        }
        if (c >= lo && c <= hi)
            found = 1;
    }
    if (*p != ']')
        return -1;
    *end = p + 1;
    return found != negate;
}

static int leading_period(const char *s, const char *start, int flags)
{
    if (!(flags & FNM_PERIOD) || *s != '.')
        return 0;
    return s == start || ((flags & FNM_PATHNAME) && s[-1] == '/');
}

static int match(const char *p, const char *s, const char *start, int flags)
{
    for (; *p; p++, s++) {
        const char *end;
        int in;
        switch (*p) {
        case '?':
            if (!*s || ((flags & FNM_PATHNAME) && *s == '/') || leading_period(s, start, flags))
                return FNM_NOMATCH;
            break;
        case '*':
            if (leading_period(s, start, flags))
                return FNM_NOMATCH;
            while (p[1] == '*')
                p++;
            for (;; s++) {
                if (match(p + 1, s, start, flags & ~FNM_PERIOD) == 0)
                    return 0;
                if (!*s || ((flags & FNM_PATHNAME) && *s == '/'))
                    return FNM_NOMATCH;
            }
        case '[':
            if (!*s || ((flags & FNM_PATHNAME) && *s == '/') || leading_period(s, start, flags))
                return FNM_NOMATCH;
            in = bracket(p + 1, *s, &end);
            if (in < 0) {                  /* no ']': an ordinary '[' */
                if (*s != '[')
                    return FNM_NOMATCH;
                break;
            }
            if (!in)
                return FNM_NOMATCH;
            p = end - 1;
            break;
        case '\\':
            if (!(flags & FNM_NOESCAPE) && p[1])
                p++;
            /* fall through */
        default:
            if (*s != *p)
                return FNM_NOMATCH;
        }
    }
    return *s ? FNM_NOMATCH : 0;
}

int fnmatch(const char *pattern, const char *string, int flags)
{
    return match(pattern, string, string, flags);
}
