/* Identifiers with extended characters (C11 6.4.2, Annex D) and gcc's `$`: a name
 * spelled with UCNs (\u, \U) and the same name in UTF-8 are one identifier, at file
 * scope (external and internal linkage), as functions, locals, members, tags, enum
 * constants and labels; __func__ holds the name's characters. Checked against gcc. */
#include "show.h"

int \u00c5ngstr\u00f6m = 10;          /* external: the name reaches the assembler */
static int δ = 20;                     /* internal */
int cash$flow = 30;
int $lead = 40;

static int same_string(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

int \u03bb\U0001F600(int x) { return x * 3; }

static int größe(void)
{
    return same_string(__func__, "gr\u00f6\u00dfe");
}

struct Ω { int µ; int \u00b2x; };
enum ε { ONE\u00b9 = 1, zwölf = 12 };

int main(void)
{
    show("angstrom", Ångström);
    Ångström += 1;
    show("angstrom+1", \u00C5ngstr\u00F6m);
    show("delta", \u03b4);
    show("dollar", cash\u0024flow + $lead);
    show("lambda", λ😀(5));
    show("func", größe());
    struct \u03a9 w = { 7, 8 };
    struct Ω *pw = &w;
    show("member", pw->\u00b5 * 10 + w.²x);
    enum ε e = zw\u00f6lf;
    show("enum", e + ONE¹);
    int n = 0, 計数 = 0;
again:
    計数 += 2;
    if (++n < 3)
        goto again;
    goto \u8a08\u6570_done;
    計数 = -1;
\u8a08\u6570_done:
    show("label", \u8a08\u6570);
    int ünder_score_ = 5, x\u0301 = 6; /* U+0301: allowed after the first character */
    show("mixed", ünder_score_ + x́);
    return 0;
}
