/* GNU __attribute__((cleanup(f))): f(&x) runs when x goes out of scope, latest declared
 * first, on every way out: the end of the block, break, continue, return (after the
 * value is computed), goto out of the scope (or back to before the declaration, but not
 * to a label inside the scope), and the end of a statement expression (after its
 * value). Each cleanup logs the variable's value, so the order and the values show. */
#include "print.h"

static int log_buf[64];
static int log_len;

static void note(int v)
{
    if (log_len < 64)
        log_buf[log_len++] = v;
}

static void flush(const char *what)
{
    print_str(what);
    for (int i = 0; i < log_len; i++) {
        print_char(' ');
        print_int(log_buf[i]);
    }
    print_char('\n');
    log_len = 0;
}

static void drop(int *p) { note(*p); }
static void drop_long(long long *p) { note((int)(*p % 1000)); }

struct pair { int a, b; };
static void drop_pair(struct pair *p) { note(p->a * 10 + p->b); }
static void drop_any(void *p) { note(*(int *)p + 1000); }

#define AUTO(v) int v __attribute__((cleanup(drop)))

static void block_end(void)
{
    AUTO(a) = 1;
    {
        AUTO(b) = 2;
        AUTO(c) = 3;
        note(-1);
    }
    note(-2);
    int __attribute__((__cleanup__(drop))) d = 4, e = 5;
    long long big __attribute__((cleanup(drop_long))) = 123456789012LL;
    struct pair pr __attribute__((cleanup(drop_pair))) = {6, 7};
    int any __attribute__((cleanup(drop_any))) = 8;
    (void)d, (void)e, (void)big, (void)pr, (void)any;
}

static void loops(void)
{
    for (int i = 0; i < 5; i++) {
        AUTO(x) = i * 10;
        if (i == 1)
            continue;
        {
            AUTO(y) = i * 10 + 1;
            if (i == 3)
                break;
            if (i == 2)
                continue;
        }
        x++;
    }
    int n = 0;
    while (1) {
        AUTO(w) = 100 + n;
        switch (n++) {
        case 0: {
            AUTO(s) = 200;
            break; /* leaves the switch: s only */
        }
        case 1:
            continue;
        default: {
            AUTO(t) = 300;
            if (n > 2)
                goto out;
        }
        }
        w += 50;
    }
out:
    do {
        AUTO(dw) = 400;
        if (dw)
            continue;
        dw = 0;
    } while (0);
}

static int value;

static int ret_value(int k)
{
    AUTO(r) = k;
    AUTO(q) = k + 1;
    value = k;
    if (k > 5) {
        AUTO(inner) = 99;
        return r + q + inner; /* computed before the cleanups */
    }
    return r++;                /* the old value; the cleanup sees the increment */
}

static struct pair ret_struct(void)
{
    struct pair p __attribute__((cleanup(drop_pair))) = {1, 2};
    struct pair copy = p;
    p.a = 9;
    return copy;
}

static void ret_void(int k)
{
    AUTO(v) = k;
    if (k)
        return;
    v = -v - 7;
}

static void gotos(int k)
{
    int rounds = 0;
again:
    {
        AUTO(g) = 500 + rounds;
        if (rounds++ < 2)
            goto again;     /* out of the block and back: g's cleanup each time */
        {
            AUTO(h) = 600;
inside:
            h++;
            if (h < 603)
                goto inside; /* a label inside the scope: no cleanup */
            if (k)
                goto done;  /* out of both blocks */
        }
    }
done:
    note(-3);
}

static void back_before_decl(void)
{
    int n = 0;
top:
    if (n < 3) {
        AUTO(z) = 700 + n;
        n++;
        goto top;
    }
    {
        int m = 0;
    loop:;
        AUTO(u) = 800 + m;
        if (++m < 3)
            goto loop; /* back to before u's declaration: u leaves its scope */
    }
}

static int stmt_expr(void)
{
    int v = ({
        AUTO(se) = 40;
        se + 2; /* the value, then the cleanup */
    });
    ({ AUTO(se2) = 41; (void)se2; });
    return v;
}

/* A cleanup variable of a for statement's first clause: after the loop, also with VLAs
 * there; a return from a statement expression runs the cleanups of every scope. */
static int for_init(int n)
{
    for (AUTO(i) = 0; i < 3; i++) {
        AUTO(b) = 10 + i;
        if (i == n)
            return i * 100;
        if (i == 1)
            break;
    }
    note(-4);
    for (int k = 0, a[n + 2], z __attribute__((cleanup(drop))) = 77; k < 2; k++) {
        a[k] = k;
        AUTO(v) = 20 + a[k];
        if (k == 1)
            break;
        (void)z;
    }
    note(-5);
    int r = ({
        AUTO(s) = 5;
        if (n == 9)
            return -1;
        s * 2;
    });
    return r + ({ int t = 3; t; });
}

/* The first clause declares a pointer to a VLA type (sizes computed, no storage). */
static int for_vla_type(int n)
{
    int t = 0;
    for (int (*p)[n] = 0, z __attribute__((cleanup(drop))) = 9, i = 0; i < 3; i++) {
        t += (int)(sizeof *p / sizeof(int)) + i;
        if (i == 1)
            break;
        (void)z;
    }
    note(-6);
    return t;
}

int main(void)
{
    block_end();
    flush("block");
    loops();
    flush("loops");
    print_int(ret_value(2));
    flush(" ret2");
    print_int(ret_value(7));
    flush(" ret7");
    struct pair p = ret_struct();
    print_int(p.a * 10 + p.b);
    flush(" retstruct");
    ret_void(3);
    ret_void(0);
    flush("retvoid");
    gotos(1);
    gotos(0);
    flush("gotos");
    back_before_decl();
    flush("back");
    print_int(stmt_expr());
    flush(" stmtexpr");
    print_int(for_init(0));
    flush(" for0");
    print_int(for_init(5));
    flush(" for5");
    print_int(for_init(9));
    flush(" for9");
    print_int(for_vla_type(4));
    flush(" forvlatype");
    print_int(value);
    print_char('\n');
    return 0;
}
