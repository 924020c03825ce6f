/* mmu.c - the two MMU devices (platform.md §MMU): the list table (id 0x80000002, the
 * stock one) and the two-level table (id 0x80000001, `--mmu=twolevel`).
 *
 * The instruction loop translates through vm->tc[], one address range per access kind
 * whose translation is known to be exact: all of memory while translation is off; the
 * matched page of the list table when no two pages overlap (then the "most recently
 * used" rule cannot change any result); the 4 KiW page of a two-level lookup (whose
 * result the spec caches anyway). With overlapping list pages every access takes the
 * exact slow path here. */
#include "vm.h"

#include <stdlib.h>
#include <string.h>

#include "platform.h"
#include "util.h"

struct list_page {
    uint32_t start, phys, size, flags;
};

struct mmu {
    bool twolevel;
    uint32_t base;
    /* list table, sorted by virtual start (stable) */
    struct list_page *pages;
    size_t npages;
    bool overlap;
    size_t mru; /* index + 1, 0: none */
    /* two-level: per virtual page, frame | flags | TL_VALID, and the filled slots */
    uint32_t *tl_cache;
    uint32_t *tl_filled;
    size_t ntl_filled;
};

#define TL_VALID   0x10u
#define TL_PAGES   (1u << 20)
#define TL_MAX_FILLED 4096

static const uint32_t access_flag[3] = {QPU_PAGE_EXECUTE, QPU_PAGE_READ, QPU_PAGE_WRITE};

static struct mmu *mmu_of(struct vm *vm) { return vm->mmu_dev ? vm->mmu_dev->state : NULL; }

static bool translating(struct vm *vm)
{
    struct mmu *m = mmu_of(vm);
    return m && vm->mmu_enabled && m->base != 0;
}

bool mmu_translating(struct vm *vm) { return translating(vm); }

static void reset_caches(struct vm *vm)
{
    bool on = translating(vm);
    for (int k = 0; k < 3; k++)
        vm->tc[k] = on ? (struct vm_tcache){0, 0, 0} : (struct vm_tcache){0, vm->memsize, 0};
    vm->exec_epoch++;
}

/* Remembers [start, start+size) -> phys for kind, clipped to memory. */
static void remember(struct vm *vm, unsigned kind, uint32_t start, uint32_t phys, uint64_t size)
{
    if (phys >= vm->memsize)
        return;
    if ((uint64_t)phys + size > vm->memsize)
        size = vm->memsize - phys;
    if (size > 0xFFFFFFFFu)
        size = 0xFFFFFFFFu;
    vm->tc[kind] = (struct vm_tcache){start, (uint32_t)size, phys - start};
    if (kind == TC_EXEC)
        vm->exec_epoch++; /* chained blocks were linked under the old range */
}

/* Stable merge sort by virtual start: ties keep table order. */
static void sort_pages(struct list_page *p, size_t n)
{
    if (n < 2)
        return;
    size_t half = n / 2;
    sort_pages(p, half);
    sort_pages(p + half, n - half);
    struct list_page *tmp = xmalloc(n * sizeof *tmp);
    size_t i = 0, j = half, k = 0;
    while (i < half && j < n)
        tmp[k++] = p[j].start < p[i].start ? p[j++] : p[i++];
    while (i < half)
        tmp[k++] = p[i++];
    while (j < n)
        tmp[k++] = p[j++];
    memcpy(p, tmp, n * sizeof *tmp);
    free(tmp);
}

static void list_reload(struct vm *vm, struct mmu *m)
{
    free(m->pages);
    m->pages = NULL;
    m->npages = 0;
    m->mru = 0;
    m->overlap = false;
    if (m->base == 0 || m->base >= vm->memsize)
        return;
    uint64_t n = vm->mem[m->base];
    uint64_t fit = (vm->memsize - m->base - 1) / 4; /* records inside memory */
    if (n > fit)
        n = fit;
    /* Records of size 0 can never match an address: they are skipped, so a huge count
     * over zeroed memory costs one scan, not a sort of a million records. */
    size_t kept = 0, cap = 0;
    for (uint64_t i = 0; i < n; i++) {
        const uint32_t *rec = &vm->mem[m->base + 1 + 4 * i];
        if (rec[2] == 0)
            continue;
        if (kept == cap) {
            cap = cap ? 2 * cap : 16;
            m->pages = xrealloc(m->pages, cap * sizeof *m->pages);
        }
        m->pages[kept++] = (struct list_page){rec[0], rec[1], rec[2], rec[3]};
    }
    n = kept;
    m->npages = n;
    sort_pages(m->pages, n);
    uint64_t end = 0;
    for (size_t i = 0; i < n; i++) {
        if (m->pages[i].size == 0)
            continue;
        if (m->pages[i].start < end)
            m->overlap = true;
        uint64_t e = (uint64_t)m->pages[i].start + m->pages[i].size;
        if (e > end)
            end = e;
    }
}

static void tl_clear(struct mmu *m)
{
    if (!m->tl_cache)
        return;
    if (m->ntl_filled >= TL_MAX_FILLED) {
        memset(m->tl_cache, 0, TL_PAGES * sizeof *m->tl_cache);
    } else {
        for (size_t i = 0; i < m->ntl_filled; i++)
            m->tl_cache[m->tl_filled[i]] = 0;
    }
    m->ntl_filled = 0;
}

static void reload(struct vm *vm)
{
    struct mmu *m = mmu_of(vm);
    if (!m)
        return;
    if (m->twolevel)
        tl_clear(m);
    else
        list_reload(vm, m);
    reset_caches(vm);
}

void mmu_set_enabled(struct vm *vm, bool on)
{
    vm->mmu_enabled = on;
    struct mmu *m = mmu_of(vm);
    if (on && m)
        m->base = vm->mem[vm->mmu_dev->base]; /* the base word, as memory now holds it */
    if (on)
        reload(vm);
    else
        reset_caches(vm);
}

static bool in_page(const struct list_page *p, uint32_t va)
{
    return va >= p->start && (uint64_t)va < (uint64_t)p->start + p->size;
}

static uint32_t list_lookup(struct vm *vm, struct mmu *m, uint32_t va, unsigned kind,
                            uint32_t *pa, bool peek)
{
    const struct list_page *p = NULL;
    if (m->overlap && m->mru && in_page(&m->pages[m->mru - 1], va))
        p = &m->pages[m->mru - 1];
    for (size_t i = 0; !p && i < m->npages && m->pages[i].start <= va; i++)
        if (in_page(&m->pages[i], va))
            p = &m->pages[i];
    if (!p)
        return QPU_FAULT_MEMORY;
    if (!peek)
        m->mru = (size_t)(p - m->pages) + 1;
    if (!(p->flags & access_flag[kind]))
        return QPU_FAULT_MEMORY;
    *pa = p->phys + (va - p->start);
    if (*pa >= vm->memsize)
        return QPU_FAULT_OUT_OF_BOUNDS;
    if (!m->overlap && !peek)
        remember(vm, kind, p->start, p->phys, p->size);
    return 0;
}

/* Walks the two-level table for va; 0 if the page is not mapped with `need`. */
static uint32_t tl_walk(struct vm *vm, struct mmu *m, uint32_t va)
{
    uint64_t l1 = (uint64_t)m->base + (va >> 22);
    if (l1 >= vm->memsize)
        return 0;
    uint32_t e1 = vm->mem[l1];
    uint64_t l2 = (uint64_t)(e1 >> 4) + ((va >> 12) & 0x3FF);
    if (!(e1 & QPU_PAGE_PRESENT) || l2 >= vm->memsize)
        return 0;
    uint32_t e2 = vm->mem[l2];
    if (!(e2 & QPU_PAGE_PRESENT))
        return 0;
    return (e2 & 0x3FFFF000u) | (e1 & e2 & 0xF) | TL_VALID;
}

static uint32_t tl_lookup(struct vm *vm, struct mmu *m, uint32_t va, unsigned kind,
                          uint32_t *pa, bool peek)
{
    if (!m->tl_cache) {
        m->tl_cache = xcalloc(TL_PAGES, sizeof *m->tl_cache);
        m->tl_filled = xmalloc(TL_MAX_FILLED * sizeof *m->tl_filled);
    }
    uint32_t vpn = va >> 12;
    uint32_t e = m->tl_cache[vpn];
    if (!e)
        e = tl_walk(vm, m, va);
    if (!e || !(e & access_flag[kind]))
        return QPU_FAULT_MEMORY;
    if (!m->tl_cache[vpn] && !peek) {
        m->tl_cache[vpn] = e;
        if (m->ntl_filled < TL_MAX_FILLED)
            m->tl_filled[m->ntl_filled] = vpn;
        m->ntl_filled++;
    }
    uint32_t frame = e & 0x3FFFF000u;
    *pa = frame + (va & 0xFFF);
    if (*pa >= vm->memsize)
        return QPU_FAULT_OUT_OF_BOUNDS;
    if (!peek)
        remember(vm, kind, vpn << 12, frame, 0x1000);
    return 0;
}

static uint32_t lookup(struct vm *vm, uint32_t va, unsigned kind, uint32_t *pa, bool peek)
{
    if (!translating(vm)) {
        *pa = va;
        return va < vm->memsize ? 0 : QPU_FAULT_OUT_OF_BOUNDS;
    }
    struct mmu *m = mmu_of(vm);
    return m->twolevel ? tl_lookup(vm, m, va, kind, pa, peek)
                       : list_lookup(vm, m, va, kind, pa, peek);
}

uint32_t mmu_translate(struct vm *vm, uint32_t va, unsigned kind, uint32_t *pa)
{
    return lookup(vm, va, kind, pa, false);
}

bool mmu_peek(struct vm *vm, uint32_t va, uint32_t *pa)
{
    for (unsigned kind = 0; kind < 3; kind++)
        if (lookup(vm, va, kind, pa, true) == 0)
            return true;
    return false;
}

static void mmu_store(struct vm *vm, struct vm_device *dev, uint32_t offset, uint32_t value)
{
    (void)offset;
    struct mmu *m = dev->state;
    m->base = value;
    reload(vm);
}

static void mmu_destroy(struct vm_device *dev)
{
    struct mmu *m = dev->state;
    free(m->pages);
    free(m->tl_cache);
    free(m->tl_filled);
    free(m);
    free(dev);
}

static struct vm_device *mmu_new(bool twolevel)
{
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    struct mmu *m = xcalloc(1, sizeof *m);
    m->twolevel = twolevel;
    dev->name = twolevel ? "mmu-twolevel" : "mmu-list";
    dev->id = twolevel ? QPU_DEV_MMU_TWOLEVEL : QPU_DEV_MMU_LIST;
    dev->io_words = 1;
    dev->state = m;
    dev->store = mmu_store;
    dev->destroy = mmu_destroy;
    return dev;
}

struct vm_device *mmu_list_new(void) { return mmu_new(false); }
struct vm_device *mmu_twolevel_new(void) { return mmu_new(true); }
