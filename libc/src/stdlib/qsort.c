/* qsort.c - quicksort with a median-of-three pivot, recursing into the smaller part and
 * looping on the larger (so the stack depth stays logarithmic), and insertion sort for
 * short runs. Elements are swapped a char (one word on the QPU) at a time. */
#include <stdlib.h>

typedef int (*compare_fn)(const void *, const void *);

static void swap(char *a, char *b, size_t size)
{
    if (a == b)
        return;
    while (size-- > 0) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void insertion_sort(char *base, size_t count, size_t size, compare_fn compare)
{
    size_t i, j;
    for (i = 1; i < count; i++)
        for (j = i; j > 0 && compare(base + (j - 1) * size, base + j * size) > 0; j--)
            swap(base + (j - 1) * size, base + j * size, size);
}

/* Puts the median of the first, middle and last elements at base[0]. */
static void choose_pivot(char *base, size_t count, size_t size, compare_fn compare)
{
    char *lo = base, *mid = base + (count / 2) * size, *hi = base + (count - 1) * size;
    if (compare(mid, lo) < 0)
        swap(mid, lo, size);
    if (compare(hi, mid) < 0) {
        swap(hi, mid, size);
        if (compare(mid, lo) < 0)
            swap(mid, lo, size);
    }
    swap(base, mid, size);
}

/* Partitions around base[0]; returns the pivot's final index. */
static size_t partition(char *base, size_t count, size_t size, compare_fn compare)
{
    size_t i = 1, j = count - 1;
    for (;;) {
        while (i <= j && compare(base + i * size, base) < 0)
            i++;
        while (j >= i && compare(base + j * size, base) > 0)
            j--;
        if (i >= j)
            break;
        swap(base + i * size, base + j * size, size);
        i++;
        j--;
    }
    swap(base, base + j * size, size);
    return j;
}

void qsort(void *base, size_t count, size_t size, compare_fn compare)
{
    char *b = base;
    while (count > 8) {
        size_t p, left, right;
        choose_pivot(b, count, size, compare);
        p = partition(b, count, size, compare);
        left = p;
        right = count - p - 1;
        if (left < right) {
            qsort(b, left, size, compare);
            b += (p + 1) * size;
            count = right;
        } else {
            qsort(b + (p + 1) * size, right, size, compare);
            count = left;
        }
    }
    insertion_sort(b, count, size, compare);
}
