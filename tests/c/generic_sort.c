/* A generic sort with void pointers, element size and a comparator (qsort-like),
 * byte-wise (word-wise) swapping, sorting structs by different keys. */
#include "print.h"

typedef int (*cmp_fn)(const void *, const void *);

static void swap_bytes(char *a, char *b, int size)
{
    while (size--) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void gsort(void *base, int n, int size, cmp_fn cmp)
{
    char *b = base;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--)
            swap_bytes(b + (j - 1) * size, b + j * size, size);
}

struct person { const char *name; int age; int height; };

static int by_age(const void *a, const void *b)
{
    return ((const struct person *)a)->age - ((const struct person *)b)->age;
}

static int by_height_desc(const void *a, const void *b)
{
    const struct person *x = a, *y = b;
    return y->height - x->height;
}

static int int_cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void)
{
    struct person people[] = {{"ann", 31, 170}, {"bob", 25, 182}, {"cid", 47, 165},
                              {"dee", 19, 175}, {"eve", 25, 160}};
    gsort(people, 5, sizeof people[0], by_age);
    for (int i = 0; i < 5; i++) {
        print_str(people[i].name); print_char(' ');
    }
    print_char('\n');
    gsort(people, 5, sizeof(struct person), by_height_desc);
    for (int i = 0; i < 5; i++) {
        print_str(people[i].name); print_char(' ');
    }
    print_char('\n');
    int nums[] = {9, -2, 5, 0, 33, -8, 5};
    gsort(nums, 7, sizeof(int), int_cmp);
    for (int i = 0; i < 7; i++) {
        print_int(nums[i]); print_char(' ');
    }
    print_char('\n');
    return people[0].height & 0xFF;
}
