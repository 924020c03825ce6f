/* object_size.c - __builtin_object_size and __builtin_dynamic_object_size (sizes in
 * words, which are chars here): whole objects and closest subobjects, maximum and
 * minimum, members and trailing (flexible) arrays, pointer arithmetic, conditionals,
 * local pointers followed through straight-line code and the arms of an if, malloc /
 * calloc / alloca sizes, integer locals set to constants, unknown objects, operands
 * with side effects (not evaluated), and the run-time sizes of the dynamic form (a VLA,
 * malloc (n), p + i). The values are those of gcc -O2 on objects of chars, but for
 * after_loop (see docs/c-dialect.md). */
#include "show.h"

/* No C library here: a bump allocator and memcpy of our own, which qcc-lite (as gcc)
 * knows by their names. */
static char heap[256];
static unsigned long used;
void *malloc(unsigned long n)
{
    void *p = heap + used;
    used += n;
    return p;
}
void *calloc(unsigned long n, unsigned long m)
{
    char *p = malloc(n * m);
    for (unsigned long i = 0; i < n * m; i++)
        p[i] = 0;
    return p;
}
void free(void *p) { (void)p; }
void *memcpy(void *d, const void *s, unsigned long n)
{
    for (unsigned long i = 0; i < n; i++)
        ((char *)d)[i] = ((const char *)s)[i];
    return d;
}

#define OS(p, t) ((int)__builtin_object_size(p, t))
#define DOS(p, t) ((int)__builtin_dynamic_object_size(p, t))

struct pair { char a[10]; char b[6]; };
struct tail { char n; char rest[]; };
struct tail global_tail = {1, "abcd"};
extern char unknown_size[];

static volatile int side;
static char *bump(char *p) { side++; return p; }

__attribute__((noinline)) static void statics(struct pair *unknown)
{
    struct pair s;
    char buf[20];
    show("var", OS(buf, 0));
    show("var+5", OS(buf + 5, 0));
    show("&var[19]", OS(&buf[19], 2));
    show("past", OS(buf + 25, 0));
    show("member0", OS(s.a + 2, 0));
    show("member1", OS(s.a + 2, 1));
    show("member2", OS(&s.b[1], 2));
    show("member3", OS(&s.b[1], 3));
    show("struct1", OS(&s, 1));
    show("string", OS("hello", 0));
    show("cond0", OS(side ? buf : s.b, 0));
    show("cond2", OS(side ? buf : s.b, 2));
    show("ptr_member1", OS(unknown->a + 1, 1));
    show("ptr_member0", OS(unknown->a + 1, 0));
    show("ptr_member2", OS(unknown->a + 1, 2));
    show("ptr_trailing1", OS(unknown->b, 1));
    show("incomplete0", OS(unknown_size, 0));
    show("incomplete3", OS(unknown_size, 3));
    show("flex_init", OS(global_tail.rest, 1));
    show("side_effects", OS(bump(buf), 0));
    show("side_count", side);
}

__attribute__((noinline)) static void tracked(int flag)
{
    char buf[30];
    char *p = buf;
    p += 4;
    p++;
    show("tracked", OS(p, 0));
    int n = 12;
    n += 4;
    char *m = malloc(n);
    show("malloc_const_local", OS(m, 0));
    char *c = calloc(3, 5);
    show("calloc", OS(c, 2));
    char *q;
    if (flag)
        q = buf + 10;
    else
        q = m;
    show("if_max", OS(q, 0));
    show("if_min", OS(q, 2));
    q = memcpy(q, "ab", 2);
    show("memcpy_result", OS(q, 0));
    char *a = __builtin_alloca(7);
    show("alloca", OS(a + 1, 0));
    for (int i = 0; i < 2; i++)
        p = buf;
    /* gcc -O2 knows p == buf here (30 and 30); qcc-lite forgets what a loop assigns */
    show("after_loop0", OS(p, 0));
    show("after_loop2", OS(p, 2));
    show("untouched_by_loop", OS(c, 0));
    free(m);
    free(c);
}

__attribute__((noinline)) static void dynamics(int n, int i)
{
    char vla[n];
    show("vla_static", OS(vla, 0));
    show("vla_dynamic", DOS(vla, 0));
    show("vla_dynamic+i", DOS(vla + i, 0));
    char buf[16];
    show("buf+i", DOS(buf + i, 0));
    show("buf+i_min_static", OS(buf + i, 2));
    show("buf+i_max_static", OS(buf + i, 0));
    char *m = malloc(n * 2);
    show("malloc_n", DOS(m, 0));
    show("malloc_n_static", OS(m, 0));
    show("past_end", DOS(buf + n + 20, 0));
    show("dyn_const", DOS(buf + 3, 1));
    free(m);
}

static volatile int one = 1, nine = 9, four = 4;

int main(void)
{
    struct pair p;
    statics(&p);
    tracked(one);
    tracked(!one);
    dynamics(nine, four);
    return 0;
}
