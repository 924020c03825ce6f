/* A ring buffer queue in a struct with an array, modular indices, wrap-around. */
#include "print.h"

#define CAP 5
struct ring { int data[CAP]; int head, tail, count; };

static int put(struct ring *r, int v)
{
    if (r->count == CAP) return 0;
    r->data[r->tail] = v;
    r->tail = (r->tail + 1) % CAP;
    r->count++;
    return 1;
}

static int get(struct ring *r, int *out)
{
    if (!r->count) return 0;
    *out = r->data[r->head];
    r->head = (r->head + 1) % CAP;
    r->count--;
    return 1;
}

int main(void)
{
    struct ring r = {{0}, 0, 0, 0};
    int accepted = 0;
    for (int i = 1; i <= 7; i++)
        accepted += put(&r, i * 11);
    print_int(accepted); print_char('\n');
    int v;
    for (int i = 0; i < 3 && get(&r, &v); i++) {
        print_int(v); print_char(' ');
    }
    print_char('\n');
    for (int i = 0; i < 3; i++)
        put(&r, 100 + i);
    while (get(&r, &v)) {
        print_int(v); print_char(' ');
    }
    print_char('\n');
    print_int(r.head); print_int(r.tail); print_char('\n');
    return r.count;
}
