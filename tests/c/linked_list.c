/* A singly linked list from a static node pool: push, reverse, remove, insertion sort. */
#include "print.h"

struct node {
    int value;
    struct node *next;
};

static struct node pool[64];
static int used;

static struct node *new_node(int v, struct node *next)
{
    struct node *n = &pool[used++];
    n->value = v;
    n->next = next;
    return n;
}

static struct node *reverse(struct node *head)
{
    struct node *prev = 0;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

static struct node *remove_value(struct node *head, int v)
{
    struct node **pp = &head;
    while (*pp) {
        if ((*pp)->value == v)
            *pp = (*pp)->next;
        else
            pp = &(*pp)->next;
    }
    return head;
}

static struct node *sorted_insert(struct node *head, struct node *n)
{
    if (!head || n->value < head->value) {
        n->next = head;
        return n;
    }
    struct node *p = head;
    while (p->next && p->next->value <= n->value)
        p = p->next;
    n->next = p->next;
    p->next = n;
    return head;
}

static void show(const struct node *p)
{
    for (; p; p = p->next) {
        print_int(p->value);
        print_char(p->next ? ',' : '\n');
    }
}

int main(void)
{
    struct node *list = 0;
    for (int i = 0; i < 10; i++)
        list = new_node(i * 7 % 10, list);
    show(list);
    list = reverse(list);
    show(list);
    list = remove_value(list, 4);
    list = remove_value(list, 0);
    show(list);
    struct node *sorted = 0;
    while (list) {
        struct node *next = list->next;
        sorted = sorted_insert(sorted, list);
        list = next;
    }
    show(sorted);
    int n = 0;
    for (struct node *p = sorted; p; p = p->next)
        n++;
    return n;
}
