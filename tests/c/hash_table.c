/* An open-addressing hash table of strings to ints, with deletion and rehash. */
#include "print.h"

#define CAP 64

struct entry { const char *key; int value; int state; }; /* state: 0 empty, 1 used, 2 deleted */
static struct entry table[CAP];
static int count;

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    while (*s) {
        h ^= (unsigned)*s++;
        h *= 16777619u;
    }
    return h;
}

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static struct entry *find(const char *key, int for_insert)
{
    unsigned i = hash(key) % CAP;
    struct entry *tomb = 0;
    for (int n = 0; n < CAP; n++, i = (i + 1) % CAP) {
        struct entry *e = &table[i];
        if (e->state == 0)
            return for_insert ? (tomb ? tomb : e) : 0;
        if (e->state == 2) {
            if (!tomb) tomb = e;
            continue;
        }
        if (streq(e->key, key))
            return e;
    }
    return for_insert ? tomb : 0;
}

static void put(const char *key, int value)
{
    struct entry *e = find(key, 0);
    if (e) { e->value = value; return; }
    e = find(key, 1);
    e->key = key;
    e->value = value;
    e->state = 1;
    count++;
}

static int get(const char *key, int dflt)
{
    struct entry *e = find(key, 0);
    return e ? e->value : dflt;
}

static void del(const char *key)
{
    struct entry *e = find(key, 0);
    if (e) { e->state = 2; count--; }
}

int main(void)
{
    const char *names[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
                           "theta", "iota", "kappa", "lambda", "mu"};
    for (int i = 0; i < 12; i++)
        put(names[i], i * i);
    put("gamma", -1);
    del("beta");
    del("nothing");
    print_int(count); print_char('\n');
    for (int i = 0; i < 12; i++) {
        print_int(get(names[i], 999));
        print_char(' ');
    }
    print_char('\n');
    put("beta", 42);
    print_int(get("beta", 0)); print_int(count); print_char('\n');
    print_uint(hash("hello")); print_char('\n');
    return count;
}
