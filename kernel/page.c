/* page.c - the physical page pool: PAGE_WORDS-word pages from the end of the kernel to
 * the end of memory, handed out as physically contiguous runs (first fit). One word per
 * page says whether it is in use. */
#include "kernel.h"

#define NPAGES (MEMORY_WORDS / PAGE_WORDS)

static int used[NPAGES];
static int first_page;       /* pages below it belong to the kernel */
static int free_pages;

void page_init(int first_free)
{
    first_page = (first_free + PAGE_WORDS - 1) / PAGE_WORDS;
    for (int i = 0; i < first_page; i++)   /* the rest is 0 from reset (.bss) */
        used[i] = 1;
    free_pages = NPAGES - first_page;
}

static int run_is_free(int start, int npages)
{
    if (start + npages > NPAGES)
        return 0;
    for (int i = start; i < start + npages; i++)
        if (used[i])
            return 0;
    return 1;
}

static void mark(int start, int npages, int value)
{
    for (int i = start; i < start + npages; i++)
        used[i] = value;
    free_pages -= value ? npages : -npages;
}

/* A run of npages contiguous free pages: its physical address, or 0. */
int page_alloc(int npages)
{
    if (npages <= 0 || npages > free_pages)
        return 0;
    for (int start = first_page; start + npages <= NPAGES; start++) {
        if (!used[start] && run_is_free(start, npages)) {
            mark(start, npages, 1);
            return start * PAGE_WORDS;
        }
    }
    return 0;
}

/* Grows the run at pa (npages long) by `more` pages in place, if they are free. */
int page_extend(int pa, int npages, int more)
{
    int next = pa / PAGE_WORDS + npages;
    if (!run_is_free(next, more))
        return 0;
    mark(next, more, 1);
    return 1;
}

void page_free(int pa, int npages)
{
    mark(pa / PAGE_WORDS, npages, 0);
}

int page_free_count(void)
{
    return free_pages;
}
