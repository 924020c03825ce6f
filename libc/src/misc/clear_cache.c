/* clear_cache.c - __clear_cache, behind __builtin___clear_cache(begin, end): makes
 * instructions written to memory visible to the processor. The QPU has no caches, so
 * there is nothing to do. */

void __clear_cache(char *begin, char *end)
{
    (void)begin;
    (void)end;
}
