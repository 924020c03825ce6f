/* jit_cache.c - the JIT's code cache (jit.h): memory for host code, W^X by two views
 * of one memfd (one writable, one executable, never both on one page); an anonymous
 * RWX mapping where that fails or under valgrind (whose self-modifying-code check sees
 * writes only to anonymous memory through the executing address). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "jit.h"

#if defined(__x86_64__) && defined(__linux__)

#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define JIT_UNDER_VALGRIND() RUNNING_ON_VALGRIND
#endif
#endif
#ifndef JIT_UNDER_VALGRIND
#define JIT_UNDER_VALGRIND() 0
#endif

#define JIT_DEFAULT_CACHE (16u << 20)
#define JIT_MIN_CACHE (64u << 10)

static bool map_two_views(struct jit_cache *c)
{
    int fd = memfd_create("qvm-jit", MFD_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = false;
    if (ftruncate(fd, (off_t)c->size) == 0) {
        void *rw = mmap(NULL, c->size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        void *rx = mmap(NULL, c->size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
        if (rw != MAP_FAILED && rx != MAP_FAILED) {
            c->rw = rw;
            c->rx = rx;
            ok = true;
        } else {
            if (rw != MAP_FAILED)
                munmap(rw, c->size);
            if (rx != MAP_FAILED)
                munmap(rx, c->size);
        }
    }
    close(fd);
    return ok;
}

static bool map_rwx(struct jit_cache *c)
{
    void *p = mmap(NULL, c->size, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return false;
    c->rw = c->rx = p;
    return true;
}

bool jit_cache_map(struct jit_cache *c)
{
    /* QVM_JIT_CACHE (bytes, at least 64 KiB): a smaller cache, to test flushing. */
    const char *env = getenv("QVM_JIT_CACHE");
    unsigned long want = env ? strtoul(env, NULL, 10) : 0;
    c->size = want >= JIT_MIN_CACHE && want <= JIT_DEFAULT_CACHE ? (size_t)want
                                                                 : JIT_DEFAULT_CACHE;
    c->size = (c->size + 4095) & ~(size_t)4095;
    if (!JIT_UNDER_VALGRIND() && map_two_views(c))
        return true;
    return map_rwx(c);
}

void jit_cache_unmap(struct jit_cache *c)
{
    if (c->rx && c->rx != c->rw)
        munmap(c->rx, c->size);
    if (c->rw)
        munmap(c->rw, c->size);
    c->rw = c->rx = NULL;
}
#endif
