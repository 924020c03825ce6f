/* qsort.c - <stdlib.h> sorting and searching: qsort of pseudo-random arrays (the test's
 * own generator, so the host makes the same ones) of several sizes and value ranges,
 * sorted-ness and a checksum printed; records sorted by key; bsearch hits and misses. */
#include <stdio.h>
#include <stdlib.h>

static unsigned seed = 12345;

static unsigned next_random(void)
{
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) & 0xFFFFFF;
}

static int compare_ints(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

struct record {
    int key;
    int id;
    char name[3];
};

static int compare_records(const void *a, const void *b)
{
    return compare_ints(&((const struct record *)a)->key, &((const struct record *)b)->key);
}

static int data[3000];
static struct record records[500];

static void sort_round(int n, unsigned range, int pattern)
{
    int i, sorted = 1, found = 0, absent = 0;
    unsigned sum = 0;
    for (i = 0; i < n; i++) {
        if (pattern == 0)
            data[i] = (int)(next_random() % range) - (int)(range / 2);
        else if (pattern == 1)
            data[i] = i;
        else if (pattern == 2)
            data[i] = n - i;
        else
            data[i] = (int)(next_random() % 3);
    }
    qsort(data, (size_t)n, sizeof data[0], compare_ints);
    for (i = 0; i < n; i++) {
        if (i > 0 && data[i - 1] > data[i])
            sorted = 0;
        sum = sum * 31u + (unsigned)data[i];
    }
    for (i = 0; i < 50 && n > 0; i++) {
        int key = data[next_random() % (unsigned)n];
        int *p = bsearch(&key, data, (size_t)n, sizeof data[0], compare_ints);
        found += p != NULL && *p == key;
        key = 100000000 + i;
        absent += bsearch(&key, data, (size_t)n, sizeof data[0], compare_ints) == NULL;
    }
    printf("n=%d range=%u pattern=%d: sorted %d checksum %08x bsearch %d/%d\n", n, range,
           pattern, sorted, sum, found, absent);
}

int main(void)
{
    int sizes[] = {0, 1, 2, 3, 7, 8, 9, 16, 100, 1000, 3000};
    int i, p, ok = 1;
    for (i = 0; i < 11; i++)
        for (p = 0; p < 4; p++)
            sort_round(sizes[i], i % 2 ? 10u : 1000000u, p);
    for (i = 0; i < 500; i++) {
        records[i].key = (int)(next_random() % 50);
        records[i].id = i;
        records[i].name[0] = (char)('a' + i % 26);
    }
    qsort(records, 500, sizeof records[0], compare_records);
    for (i = 1; i < 500; i++)
        if (records[i - 1].key > records[i].key ||
            records[i].name[0] != (char)('a' + records[i].id % 26))
            ok = 0;
    printf("records: %s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
