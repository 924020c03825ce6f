/* lockstep.c - the lockstep test of the engines: random programs generated from the
 * ISA table (common/isa.h) run under an engine and under the reference loop side by
 * side, in chunks of random length (1 instruction .. several batches), and after every
 * chunk the two machines must agree on everything: registers, ip, memory, cycle
 * counter, batch budget and steps, interrupt and fault counters, MMU state and why they
 * stopped. The programs take faults (a handler skips the faulting instruction),
 * interrupts (timer, `int`), turn the list or two-level MMU on and off, modify their own
 * code, store to devices, `wait`, and run under random -c limits.
 *
 *   qvm_lockstep ENGINE [PROGRAMS [SEED]]
 *
 * Prints the first difference of each failing program (with its seed) and exits 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices.h"
#include "isa.h"
#include "jit.h"
#include "platform.h"
#include "vm.h"

#define MEM_WORDS 0x10000u
#define PROG_AT QPU_LOAD_ADDRESS
#define DATA_AT 0x2000u
#define HANDLER_AT 0x3000u
#define TABLE_AT 0x4000u

static uint64_t rng_state;
/* What the programs did, summed over the run (so that a weak generator shows). */
static uint64_t sum_cycles, sum_faults, sum_entries, sum_translated, stops[8];
static uint64_t sum_jit_blocks, sum_jit_flushes; /* --engine=jit: translations, flushes */

static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 11);
}

static uint32_t below(uint32_t n) { return rnd() % n; }

struct program {
    uint32_t words[4096];
    size_t n;
    bool twolevel;
    uint64_t cycle_limit;
    uint32_t timer_base, mmu_base;
};

static void emit(struct program *p, uint32_t w) { p->words[p->n++] = w; }

static void emit_constant(struct program *p, unsigned reg, uint32_t value)
{
    emit(p, qpu_encode(OP_CONSTANT, reg, 0, 0));
    emit(p, value);
}

/* An interesting value for a register: small numbers, code, data, device and table
 * addresses, ip-relative offsets, anything. */
static uint32_t pick_value(const struct program *p, uint32_t body_len)
{
    switch (below(9)) {
    case 0: return below(4);
    case 1: case 2: return PROG_AT + below(body_len + 64);
    case 3: return DATA_AT + below(256);
    case 4: return below(2) ? p->timer_base : p->mmu_base;
    case 5: return (uint32_t)(int32_t)(below(16) - 8);
    case 6: return below(2) ? 0x80000000u : 0xFFFFFFFFu;
    case 7: return below(0x100);
    default: return rnd();
    }
}

static unsigned pick_reg(void)
{
    unsigned r = below(64);
    if (r < 56)
        return r % 12;
    if (r < 60)
        return QPU_REG_IP;
    return 12 + below(244); /* r12..r63 and the scratch fields 0x41..0xFF */
}

static unsigned pick_opcode(void)
{
    unsigned r = below(100);
    if (r == 0)
        return QPU_OPCODE_COUNT + below(256 - QPU_OPCODE_COUNT); /* invalid */
    unsigned op = below(QPU_OPCODE_COUNT);
    if ((op == OP_HALT || op == OP_WAIT) && below(4)) /* rarer: they end runs */
        op = OP_ADD;
    return op;
}

/* The fault handler skips the faulting instruction: [0x42] += 1, return. The timer
 * handler returns at once. Both are ordinary code at HANDLER_AT. */
static void emit_handlers(uint32_t *mem)
{
    uint32_t h[] = {
        qpu_encode(OP_CONSTANT, 1, 0, 0), QPU_SAVED_IP,
        qpu_encode(OP_LOAD, 2, 1, 0),
        qpu_encode(OP_CONSTANT, 3, 0, 0), 1,
        qpu_encode(OP_ADD, 2, 2, 3),
        qpu_encode(OP_STORE, 1, 2, 0),
        qpu_encode(OP_CONSTANT, 4, 0, 0), 0,
        qpu_encode(OP_INT, 0, 4, 0),
        /* timer: return */
        qpu_encode(OP_CONSTANT, 4, 0, 0), 0,
        qpu_encode(OP_INT, 0, 4, 0),
    };
    memcpy(&mem[HANDLER_AT], h, sizeof h);
    mem[QPU_INT_HANDLERS + QPU_INT_FAULT] = HANDLER_AT;
    mem[QPU_INT_HANDLERS + QPU_INT_TIMER] = HANDLER_AT + 10;
}

/* Page tables: a list table of a few pages, or a two-level table; most of memory is
 * mapped to itself with random permissions, and the code region sometimes elsewhere. */
static void emit_tables(const struct program *p, uint32_t *mem)
{
    if (p->twolevel) {
        uint32_t l2 = TABLE_AT + 0x400;
        mem[TABLE_AT] = l2 << 4 | 0xF;
        for (uint32_t pg = 0; pg < MEM_WORDS / 0x1000; pg++)
            mem[l2 + pg] = pg << 12 | (below(4) ? 0xF : 1 | below(16));
        return;
    }
    uint32_t n = 1 + below(5), *t = &mem[TABLE_AT];
    t[0] = n;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t *rec = &t[1 + 4 * i];
        uint32_t start = i == 0 ? 0 : below(MEM_WORDS);
        rec[0] = start;                                      /* virtual start */
        rec[1] = below(8) ? start : below(MEM_WORDS);        /* physical */
        rec[2] = i == 0 ? MEM_WORDS : 1 + below(0x3000);     /* size */
        rec[3] = below(3) ? 0xF : below(16);                 /* flags */
    }
}

/* A loop that rewrites an instruction of its own block before running it, three
 * times: r13 counts, r12, r14, r15 are scratch (the random code rarely uses them). */
static void emit_self_modifying_loop(struct program *p)
{
    emit_constant(p, 13, 3);
    uint32_t top = PROG_AT + (uint32_t)p->n;
    emit_constant(p, 14, qpu_encode(OP_ADD + below(OP_GT - OP_ADD), below(12), below(12),
                                    below(12)));
    emit_constant(p, 15, PROG_AT + (uint32_t)p->n + 3);
    emit(p, qpu_encode(OP_STORE, 15, 14, 0));
    emit(p, qpu_encode(OP_NOP, 0, 0, 0)); /* rewritten */
    emit_constant(p, 12, 1);
    emit(p, qpu_encode(OP_SUB, 13, 13, 12));
    emit_constant(p, 12, top);
    emit(p, qpu_encode(OP_JNZ, 0, 13, 12));
}

static void generate(struct program *p, uint32_t *mem)
{
    p->n = 0;
    p->twolevel = below(3) == 0;
    uint32_t body_len = 40 + below(400);
    for (unsigned r = 0; r < 12; r++)
        emit_constant(p, r, pick_value(p, body_len));
    if (below(3)) { /* the MMU: translation starts at the first interrupt return */
        emit_constant(p, 0, TABLE_AT);
        emit_constant(p, 1, p->mmu_base);
        emit(p, qpu_encode(OP_STORE, 1, 0, 0));
    }
    if (below(2)) { /* the timer, every 1..3 ms of virtual time */
        emit_constant(p, 0, 1 + below(3));
        emit_constant(p, 1, p->timer_base);
        emit(p, qpu_encode(OP_STORE, 1, 0, 0));
    }
    uint32_t start = (uint32_t)p->n;
    while (p->n - start < body_len) {
        if (below(40) == 0) {
            emit_self_modifying_loop(p);
            continue;
        }
        unsigned op = pick_opcode();
        if (op == OP_CONSTANT) {
            emit_constant(p, pick_reg(), pick_value(p, body_len));
            continue;
        }
        emit(p, qpu_encode(op, pick_reg(), pick_reg(), pick_reg()));
    }
    emit(p, qpu_encode(OP_HALT, 0, 0, 0));
    p->cycle_limit = below(4) ? 1 + below(300000) : 0;
    emit_handlers(mem);
    emit_tables(p, mem);
}

static struct vm *machine(const struct program *p, const uint32_t *image, enum vm_engine e)
{
    struct vm *vm = vm_new(MEM_WORDS);
    vm_add_device(vm, dev_timer_new());
    vm_add_device(vm, dev_clock_new());
    vm_add_device(vm, dev_debug_break_new());
    vm_add_device(vm, p->twolevel ? mmu_twolevel_new() : mmu_list_new());
    vm_boot(vm);
    for (uint32_t a = HANDLER_AT; a < MEM_WORDS; a++)
        vm->mem[a] = image[a];
    vm->mem[QPU_INT_HANDLERS + QPU_INT_FAULT] = image[QPU_INT_HANDLERS + QPU_INT_FAULT];
    vm->mem[QPU_INT_HANDLERS + QPU_INT_TIMER] = image[QPU_INT_HANDLERS + QPU_INT_TIMER];
    vm_load_program(vm, p->words, p->n);
    vm->cycle_limit = p->cycle_limit;
    vm->engine = e;
    return vm;
}

/* The first difference between the machines, or NULL. */
static const char *differ(const struct vm *a, const struct vm *b, char *buf, size_t len)
{
#define SAME(field)                                                                   \
    if (a->field != b->field) {                                                       \
        snprintf(buf, len, #field ": reference 0x%llx, engine 0x%llx",                \
                 (unsigned long long)a->field, (unsigned long long)b->field);         \
        return buf;                                                                   \
    }
    SAME(stop) SAME(ip) SAME(cycles) SAME(budget) SAME(steps) SAME(waiting)
    SAME(handled) SAME(ignored) SAME(faults) SAME(entries) SAME(returns)
    SAME(fault_in_progress) SAME(mmu_enabled)
    for (unsigned k = 0; k < 3; k++) {
        SAME(tc[k].start) SAME(tc[k].size) SAME(tc[k].delta)
    }
    for (unsigned i = 0; i < QPU_REG_COUNT; i++)
        if (a->r[i] != b->r[i]) {
            snprintf(buf, len, "r%u: reference 0x%x, engine 0x%x", i, a->r[i], b->r[i]);
            return buf;
        }
    for (uint32_t i = 0; i < a->memsize; i++)
        if (a->mem[i] != b->mem[i]) {
            snprintf(buf, len, "memory at 0x%x: reference 0x%x, engine 0x%x", i,
                     a->mem[i], b->mem[i]);
            return buf;
        }
#undef SAME
    return NULL;
}

static uint64_t chunk(void)
{
    if (getenv("LOCKSTEP_STEP"))
        return 1;
    switch (below(4)) {
    case 0: return 1 + below(3);
    case 1: return 1 + below(100);
    case 2: return 1 + below(VM_BATCH_CYCLES * 3);
    default: return UINT64_MAX; /* to the next stop */
    }
}

/* Runs one program under both engines; returns false (after a report) on a difference. */
static bool lockstep(const struct program *p, const uint32_t *image, enum vm_engine e,
                     uint64_t seed)
{
    struct vm *ref = machine(p, image, VM_ENGINE_INTERP), *eng = machine(p, image, e);
    char buf[200];
    const char *why = NULL;
    ref->debug.trace = getenv("LOCKSTEP_TRACE") != NULL;
    uint64_t chunks = 0, k = 0, total = 0;
    for (; chunks < 400 && total < 400000 && !why; chunks++) {
        k = chunk();
        if (k == UINT64_MAX)
            k = 400000;
        total += k;
        enum vm_stop sa = vm_run(ref, k), sb = vm_run(eng, k);
        why = differ(ref, eng, buf, sizeof buf);
        if (getenv("LOCKSTEP_VERBOSE"))
            printf("chunk %llu: %llu: ip 0x%x/0x%x cycles %llu/%llu stop %d/%d\n",
                   (unsigned long long)chunks, (unsigned long long)k, ref->ip, eng->ip,
                   (unsigned long long)ref->cycles, (unsigned long long)eng->cycles,
                   sa, sb);
        if (!why && sa != sb)
            why = "the stop differs";
        if (sa != VM_RUNNING)
            break;
    }
    sum_cycles += ref->cycles;
    sum_faults += ref->faults;
    sum_entries += ref->entries;
    sum_translated += mmu_translating(ref);
    stops[ref->stop & 7]++;
    if (why)
        printf("seed %llu: after chunk %llu (of %llu instructions): %s\n",
               (unsigned long long)seed, (unsigned long long)chunks, (unsigned long long)k,
               why);
    if (eng->jit) {
        sum_jit_blocks += eng->jit->translated;
        sum_jit_flushes += eng->jit->flushes;
    }
    vm_free(ref);
    vm_free(eng);
    return !why;
}

int main(int argc, char **argv)
{
    enum vm_engine e;
    if (argc < 2 || !vm_engine_parse(argv[1], &e)) {
        fprintf(stderr, "usage: qvm_lockstep ENGINE [PROGRAMS [SEED]]\n");
        return 2;
    }
    unsigned count = argc > 2 ? (unsigned)strtoul(argv[2], NULL, 10) : 300;
    uint64_t seed0 = argc > 3 ? strtoull(argv[3], NULL, 10) : 1;
    /* the device bases of the machine above */
    struct vm *probe = machine(&(struct program){0}, (uint32_t[MEM_WORDS]){0}, e);
    uint32_t timer_base = vm_find_device(probe, QPU_DEV_TIMER)->base;
    uint32_t mmu_base = probe->mmu_dev->base;
    vm_free(probe);
    static uint32_t image[MEM_WORDS];
    static struct program p;
    int failed = 0;
    for (unsigned i = 0; i < count; i++) {
        uint64_t seed = seed0 + i;
        rng_state = seed * 0x9E3779B97F4A7C15ull | 1;
        memset(image, 0, sizeof image);
        p.timer_base = timer_base;
        p.mmu_base = mmu_base;
        generate(&p, image);
        fflush(stdout);
        if (!lockstep(&p, image, e, seed) && ++failed >= 5)
            break;
    }
    printf("%u programs, %d failed; %llu cycles, %llu faults, %llu interrupt entries, "
           "%llu ended translating; stops: running %llu halt %llu limit %llu fault %llu "
           "stuck %llu\n", count, failed, (unsigned long long)sum_cycles,
           (unsigned long long)sum_faults, (unsigned long long)sum_entries,
           (unsigned long long)sum_translated, (unsigned long long)stops[VM_RUNNING],
           (unsigned long long)stops[VM_HALTED], (unsigned long long)stops[VM_CYCLE_LIMIT],
           (unsigned long long)stops[VM_FAULT_STOP], (unsigned long long)stops[VM_STUCK]);
    if (e == VM_ENGINE_JIT) {
        printf("jit: %llu blocks translated, %llu code cache flushes\n",
               (unsigned long long)sum_jit_blocks, (unsigned long long)sum_jit_flushes);
        /* QVM_LOCKSTEP_FLUSHES=1 (with a small QVM_JIT_CACHE): the test is of flushing */
        const char *want = getenv("QVM_LOCKSTEP_FLUSHES");
        if (want && *want == '1' && sum_jit_flushes == 0) {
            printf("no code cache flush happened: the flush test tested nothing\n");
            return 1;
        }
    }
    return failed != 0;
}
