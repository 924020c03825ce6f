/* vm.c - the machine: memory, device mapping and boot (platform.md §Boot), and the
 * batch loop of vm_run(): instructions in batches of 10000 counted cycles, then device
 * ticks and asynchronous completions, and the host side of `wait` (§Extensions). */
#include "vm.h"

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "isa.h"
#include "platform.h"
#include "util.h"

struct vm *vm_new(uint32_t memory_words)
{
    struct vm *vm = xcalloc(1, sizeof *vm);
    vm->memsize = memory_words;
    vm->mem = calloc(memory_words, sizeof *vm->mem); /* zero pages stay unresident */
    if (!vm->mem) {
        free(vm);
        return NULL;
    }
    vm->budget = VM_BATCH_CYCLES;
    return vm;
}

void vm_add_device(struct vm *vm, struct vm_device *dev)
{
    if (vm->ndev == VM_MAX_DEVICES) {
        fprintf(stderr, "qvm: too many devices\n");
        abort();
    }
    vm->dev[vm->ndev++] = dev;
    if (dev->id == QPU_DEV_MMU_LIST || dev->id == QPU_DEV_MMU_TWOLEVEL)
        vm->mmu_dev = dev;
}

static void map_devices(struct vm *vm)
{
    uint32_t *M = vm->mem;
    uint32_t next = QPU_DEVICE_WINDOWS;
    M[QPU_DEVICE_TABLE] = vm->ndev;
    for (unsigned i = 0; i < vm->ndev; i++) {
        struct vm_device *d = vm->dev[i];
        d->base = next;
        next += d->io_words + d->shared_words;
        M[QPU_DEVICE_TABLE + 1 + 2 * i] = d->id;
        M[QPU_DEVICE_TABLE + 2 + 2 * i] = d->base;
    }
    vm->io_lo = QPU_DEVICE_WINDOWS;
    vm->io_span = next - QPU_DEVICE_WINDOWS;
    vm->io_map = xcalloc(vm->io_span ? vm->io_span : 1, 1);
    for (unsigned i = 0; i < vm->ndev; i++)
        for (uint32_t k = 0; k < vm->dev[i]->io_words; k++)
            vm->io_map[vm->dev[i]->base - vm->io_lo + k] = (uint8_t)(i + 1);
}

void vm_boot(struct vm *vm)
{
    uint32_t *M = vm->mem;
    map_devices(vm);
    for (unsigned i = 0; i < vm->ndev; i++)
        if (vm->dev[i]->init)
            vm->dev[i]->init(vm, vm->dev[i]);
    M[QPU_INT_TABLE_PTR] = QPU_INT_HANDLERS;
    uint32_t code_at = QPU_DEVICE_CODE, highest = 0;
    for (unsigned i = 0; i < vm->ndev; i++) {
        struct vm_device *d = vm->dev[i];
        if (!d->irq)
            continue;
        if (d->irq > highest)
            highest = d->irq;
        uint32_t code[16];
        unsigned len = d->handler_code ? d->handler_code(d, code) : 0;
        if (len) {
            memcpy(&M[code_at], code, len * sizeof *code);
            M[QPU_INT_HANDLERS + d->irq] = code_at;
            code_at += len;
        }
    }
    M[QPU_INT_COUNT] = highest;
    M[QPU_INT_ENABLE] = 1;
    vm->ip = QPU_LOAD_ADDRESS;
    mmu_set_enabled(vm, false);
}

bool vm_load_program(struct vm *vm, const uint32_t *words, size_t n)
{
    if ((uint64_t)QPU_LOAD_ADDRESS + n > vm->memsize)
        return false;
    if (n)
        memcpy(&vm->mem[QPU_LOAD_ADDRESS], words, n * sizeof *words);
    vm_note_write(vm, QPU_LOAD_ADDRESS, n);
    return true;
}

void vm_stop_with(struct vm *vm, enum vm_stop why, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(vm->stop_msg, sizeof vm->stop_msg, fmt, ap);
    va_end(ap);
    vm->stop = why;
}

struct vm_device *vm_find_device(struct vm *vm, uint32_t id)
{
    for (unsigned i = 0; i < vm->ndev; i++)
        if (vm->dev[i]->id == id)
            return vm->dev[i];
    return NULL;
}

bool vm_phys_ok(const struct vm *vm, uint32_t addr, uint64_t words)
{
    return (uint64_t)addr + words <= vm->memsize;
}

bool vm_debug_active(const struct vm *vm)
{
    const struct vm_debug *d = &vm->debug;
    return d->trace || d->breaks.n || d->write_breaks.n || d->nwatch;
}

void vm_device_store(struct vm *vm, uint32_t pa)
{
    struct vm_device *d = vm->dev[vm->io_map[pa - vm->io_lo] - 1];
    if (d->store)
        d->store(vm, d, pa - d->base, vm->mem[pa]);
    vm_note_write(vm, vm->io_lo, vm->io_span); /* devices write only their windows */
}

/* --- wait ---------------------------------------------------------------------- */

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* After a `wait` batch in which no interrupt was taken: stop if nothing can ever wake
 * the machine; block on host input while only input can. */
static void after_idle_wait(struct vm *vm)
{
    char where[96];
    if (vm->mem[QPU_INT_ENABLE] == 0) {
        vm_stop_with(vm, VM_STUCK, "wait with interrupts disabled can never end: at %s",
                     vm_name_address(vm, vm->ip, where, sizeof where));
        return;
    }
    uint64_t wake = UINT64_MAX;
    int fd = -1;
    for (unsigned i = 0; i < vm->ndev; i++) {
        struct vm_device *d = vm->dev[i];
        uint64_t w = d->wake_at ? d->wake_at(vm, d) : UINT64_MAX;
        if (w < wake)
            wake = w;
        if (fd < 0 && d->wait_fd)
            fd = d->wait_fd(vm, d);
    }
    if (wake == UINT64_MAX && fd < 0) {
        vm_stop_with(vm, VM_STUCK, "wait: nothing can wake the machine (no timer, no input "
                     "pending): at %s", vm_name_address(vm, vm->ip, where, sizeof where));
        return;
    }
    if (fd < 0 || wake <= vm->cycles + VM_BATCH_CYCLES)
        return;
    /* Wait steps whose ticks cannot reach the wake-up time may be skipped. */
    uint64_t skippable = wake == UINT64_MAX ? UINT64_MAX
                                            : (wake - vm->cycles - 1) / VM_BATCH_CYCLES;
    if (vm->cycle_limit) {
        uint64_t room = vm->cycle_limit > vm->cycles
                            ? (vm->cycle_limit - vm->cycles) / VM_BATCH_CYCLES : 0;
        if (room < skippable)
            skippable = room;
    }
    if (skippable == 0)
        return;
    fflush(stdout);
    struct pollfd p = {.fd = fd, .events = POLLIN};
    /* Real time may run up to the deadline itself; the step that reaches it runs
     * normally afterwards (it ticks the timer). */
    uint64_t until = wake == UINT64_MAX ? UINT64_MAX
                                        : (wake - vm->cycles + VM_BATCH_CYCLES - 1) / VM_BATCH_CYCLES;
    if (skippable != UINT64_MAX && until > skippable + 1)
        until = skippable + 1;
    int timeout = until > 1000000000u ? -1 : (int)until;
    uint64_t t0 = now_ms();
    if (poll(&p, 1, timeout) < 0 && errno != EINTR)
        return;
    uint64_t k = now_ms() - t0;
    if (k > skippable)
        k = skippable;
    vm->cycles += k * VM_BATCH_CYCLES;
    vm->steps += k;
}

/* FNV-1a over pairs of words (then the odd last word): a fingerprint, not security. */
static uint64_t hash_words(uint64_t h, const uint32_t *w, uint64_t n)
{
    uint64_t i = 0;
    for (; i + 1 < n; i += 2)
        h = (h ^ ((uint64_t)w[i] << 32 | w[i + 1])) * 0x100000001B3ull;
    if (i < n)
        h = (h ^ w[i]) * 0x100000001B3ull;
    return h;
}

void vm_log_state(struct vm *vm, FILE *f)
{
    uint64_t basis = 0xCBF29CE484222325ull;
    /* Memory is hashed at the first 64 batch boundaries, then at every 64th, and at
     * the stop (vm->stop set): a full hash per batch made long runs crawl. */
    bool hash_memory = vm->steps < 64 || vm->steps % 64 == 0 || vm->stop != VM_RUNNING;
    fprintf(f, "cycles %llu steps %llu ip 0x%08x handled %llu ignored %llu faults %llu "
            "returns %llu regs %016llx mem %016llx\n",
            (unsigned long long)vm->cycles, (unsigned long long)vm->steps, vm->ip,
            (unsigned long long)vm->handled, (unsigned long long)vm->ignored,
            (unsigned long long)vm->faults, (unsigned long long)vm->returns,
            (unsigned long long)hash_words(basis, vm->r, QPU_REG_COUNT),
            (unsigned long long)(hash_memory ? hash_words(basis, vm->mem, vm->memsize) : 0));
}

/* The end of a batch: ticks, completions, and the wait rule. */
static void end_batch(struct vm *vm)
{
    if (vm->state_log)
        vm_log_state(vm, vm->state_log);
    bool waited = vm->waiting;
    uint64_t entries = vm->entries;
    vm->waiting = false;
    vm->steps++;
    vm->budget = VM_BATCH_CYCLES;
    for (unsigned i = 0; i < vm->ndev && vm->stop == VM_RUNNING; i++)
        if (vm->dev[i]->tick)
            vm->dev[i]->tick(vm, vm->dev[i], vm->cycles);
    for (unsigned i = 0; i < vm->ndev && vm->stop == VM_RUNNING; i++)
        if (vm->dev[i]->complete)
            vm->dev[i]->complete(vm, vm->dev[i]);
    vm_note_write(vm, vm->io_lo, vm->io_span);
    if (waited && vm->entries == entries && vm->stop == VM_RUNNING)
        after_idle_wait(vm);
}

enum vm_stop vm_run(struct vm *vm, uint64_t max_instructions)
{
    vm->stop = VM_RUNNING;
    uint64_t n = max_instructions;
    while (n > 0 && vm->stop == VM_RUNNING) {
        if (vm->host_stop && *vm->host_stop) {
            vm_stop_with(vm, VM_INTERRUPTED, "interrupted");
            break;
        }
        uint64_t allowed = n;
        if (vm->cycle_limit) {
            /* Interrupt entries and returns cost no cycles: they count toward the limit
             * too, so that a handler looping through them cannot run for ever. */
            if (vm->cycles >= vm->cycle_limit || vm->entries + vm->returns >= vm->cycle_limit) {
                vm_stop_with(vm, VM_CYCLE_LIMIT, "cycle limit %llu reached",
                             (unsigned long long)vm->cycle_limit);
                break;
            }
            if (vm->cycle_limit - vm->cycles < allowed)
                allowed = vm->cycle_limit - vm->cycles;
        }
        uint64_t before = allowed;
        bool over = vm_debug_active(vm)                   ? cpu_run_debug(vm, &allowed)
                    : vm->engine == VM_ENGINE_JIT      ? cpu_run_jit(vm, &allowed)
                    : vm->engine == VM_ENGINE_THREADED ? cpu_run_threaded(vm, &allowed)
                                                       : cpu_run_fast(vm, &allowed);
        n -= before - allowed;
        if (vm->stop != VM_RUNNING)
            break;
        if (over)
            end_batch(vm);
    }
    if (vm->stop != VM_RUNNING && vm->stop != VM_BREAK)
        for (unsigned i = 0; i < vm->ndev; i++)
            if (vm->dev[i]->finish)
                vm->dev[i]->finish(vm, vm->dev[i]);
    return vm->stop;
}

void vm_free(struct vm *vm)
{
    if (!vm)
        return;
    for (unsigned i = 0; i < vm->ndev; i++)
        if (vm->dev[i]->destroy)
            vm->dev[i]->destroy(vm->dev[i]);
    vm_blocks_free(vm);
    vm_jit_free(vm);
    free(vm->io_map);
    free(vm->mem);
    free(vm->debug.breaks.addr);
    free(vm->debug.write_breaks.addr);
    free(vm->debug.watch_lo);
    free(vm->debug.watch_hi);
    free(vm);
}
