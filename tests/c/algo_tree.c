/* A binary search tree from a static node pool: insert, in-order walk, height, delete
 * min, with recursion over pointers to pointers. */
#include "print.h"

struct tree { int key; struct tree *left, *right; };
static struct tree pool[100];
static int used;

static void insert(struct tree **t, int key)
{
    while (*t)
        t = key < (*t)->key ? &(*t)->left : &(*t)->right;
    *t = &pool[used++];
    (*t)->key = key;
}

static void walk(const struct tree *t)
{
    if (!t) return;
    walk(t->left);
    print_int(t->key);
    print_char(' ');
    walk(t->right);
}

static int height(const struct tree *t)
{
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

static int delete_min(struct tree **t)
{
    while ((*t)->left)
        t = &(*t)->left;
    int k = (*t)->key;
    *t = (*t)->right;
    return k;
}

int main(void)
{
    struct tree *root = 0;
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
    for (int i = 0; i < 10; i++)
        insert(&root, keys[i]);
    walk(root); print_char('\n');
    print_int(height(root)); print_char('\n');
    print_int(delete_min(&root)); print_int(delete_min(&root)); print_char('\n');
    walk(root); print_char('\n');
    return height(root);
}
