/* heap.c - grows the heap with sbrk well past the first pages (in place and in new
 * runs), fills and checks every word, then frees through malloc too (tests/kernel). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    int total = 0;
    for (int round = 0; round < 6; round++) {
        int words = 20000 * (round + 1);
        int *block = sbrk(words);
        if (block == (void *)-1) {
            printf("sbrk(%d) failed\n", words);
            return 1;
        }
        for (int i = 0; i < words; i++)
            block[i] = i ^ round;
        for (int i = 0; i < words; i++)
            if (block[i] != (i ^ round)) {
                printf("word %d of block %d is wrong\n", i, round);
                return 1;
            }
        total += words;
    }
    char *p = malloc(5000);
    if (!p)
        return 1;
    free(p);
    printf("heap ok: %d words\n", total);
    printf("sbrk of 50 million words: %s\n", sbrk(50000000) == (void *)-1 ? "refused" : "granted");
    return 0;
}
