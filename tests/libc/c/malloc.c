/* malloc.c - <stdlib.h> allocation: a stress run of malloc/calloc/realloc/free with
 * pseudo-random sizes and orders, every block filled with a pattern and checked for
 * overlap with the others and for its content before it is freed; calloc zeroes; then
 * (on the QPU) the heap is exhausted: malloc must return NULL, and after freeing
 * everything the memory is reusable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 120

static unsigned seed = 99;
static char *block[SLOTS];
static size_t size[SLOTS];
static int tag[SLOTS];
static int problems;

static unsigned next_random(void)
{
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) & 0xFFFFFF;
}

static void fill(int i)
{
    size_t k;
    for (k = 0; k < size[i]; k++)
        block[i][k] = (char)((tag[i] + (int)k) & 0x7F);
}

static void check(int i, size_t length)
{
    size_t k;
    for (k = 0; k < length; k++)
        if (block[i][k] != (char)((tag[i] + (int)k) & 0x7F)) {
            printf("block %d corrupted at %d\n", i, (int)k);
            problems++;
            return;
        }
}

static void check_overlap(int i)
{
    int j;
    for (j = 0; j < SLOTS; j++)
        if (j != i && block[j] && size[j] && size[i] &&
            block[i] < block[j] + size[j] && block[j] < block[i] + size[i]) {
            printf("blocks %d and %d overlap\n", i, j);
            problems++;
        }
}

static void stress(void)
{
    int round;
    for (round = 0; round < 6000; round++) {
        int i = (int)(next_random() % SLOTS);
        if (block[i] == NULL) {
            size[i] = next_random() % 4 == 0 ? next_random() % 3000 : next_random() % 40;
            block[i] = next_random() % 5 == 0 ? calloc(size[i], 1) : malloc(size[i]);
            if (block[i] == NULL) {
                printf("allocation of %d failed\n", (int)size[i]);
                problems++;
                continue;
            }
            tag[i] = (int)(next_random() % 100);
            fill(i);
            check_overlap(i);
        } else if (next_random() % 3 == 0) {
            size_t new_size = next_random() % 2000 + 1, keep = new_size < size[i] ? new_size : size[i];
            char *p = realloc(block[i], new_size);
            if (p == NULL) {
                printf("realloc failed\n");
                problems++;
                continue;
            }
            block[i] = p;
            check(i, keep);
            size[i] = new_size;
            fill(i);
            check_overlap(i);
        } else {
            check(i, size[i]);
            free(block[i]);
            block[i] = NULL;
        }
    }
    for (round = 0; round < SLOTS; round++) {
        if (block[round])
            check(round, size[round]);
        free(block[round]);
        block[round] = NULL;
    }
}

static void zeroing(void)
{
    int i, bad = 0;
    char *p = malloc(500);
    memset(p, 'x', 500);
    free(p);
    p = calloc(100, 5);
    for (i = 0; i < 500; i++)
        bad |= p[i] != 0;
    free(p);
    printf("calloc zeroes: %s\n", bad ? "no" : "yes");
    problems += bad;
}

/* On the QPU the heap ends below the stack: allocate until malloc says no. */
static void exhaustion(void)
{
#ifdef __QPU__
    char **chain = NULL, **p;
    int count = 0;
    while ((p = malloc(20000)) != NULL) {
        p[0] = (char *)chain;
        chain = p;
        count++;
    }
    if (count < 10)
        problems++;
    while (chain != NULL) {
        p = (char **)chain[0];
        free(chain);
        chain = p;
    }
    p = malloc((size_t)count * 15000);
    if (p == NULL)
        problems++;
    free(p);
#endif
    printf("exhaustion returns NULL, then memory is reusable\n");
}

int main(void)
{
    stress();
    zeroing();
    exhaustion();
    printf("malloc: %d problem(s)\n", problems);
    return problems != 0;
}
