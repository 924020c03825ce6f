/* A FIFO queue of structs with head/tail pointers and a free list (node reuse). */
#include "print.h"

struct item { int v; struct item *next; };
static struct item nodes[8];
static struct item *free_list;

static void init(void)
{
    for (int i = 0; i < 8; i++) {
        nodes[i].next = free_list;
        free_list = &nodes[i];
    }
}

static struct item *alloc(void) { struct item *n = free_list; if (n) free_list = n->next; return n; }
static void release(struct item *n) { n->next = free_list; free_list = n; }

struct queue { struct item *head, *tail; int size; };

static int push(struct queue *q, int v)
{
    struct item *n = alloc();
    if (!n) return 0;
    n->v = v;
    n->next = 0;
    if (q->tail) q->tail->next = n; else q->head = n;
    q->tail = n;
    q->size++;
    return 1;
}

static int pop(struct queue *q)
{
    struct item *n = q->head;
    q->head = n->next;
    if (!q->head) q->tail = 0;
    q->size--;
    int v = n->v;
    release(n);
    return v;
}

int main(void)
{
    init();
    struct queue q = {0, 0, 0};
    int pushed = 0;
    for (int i = 0; i < 10; i++)
        pushed += push(&q, i * i);
    print_int(pushed); print_char('\n');
    for (int i = 0; i < 5; i++) { print_int(pop(&q)); print_char(' '); }
    print_char('\n');
    for (int i = 0; i < 4; i++) push(&q, 100 + i);
    while (q.size) { print_int(pop(&q)); print_char(' '); }
    print_char('\n');
    return pushed;
}
