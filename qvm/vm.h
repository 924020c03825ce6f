/* vm.h - the QPU machine as a library (shared/spec/isa.md, platform.md).
 *
 * A client builds a machine with vm_new(), adds devices in mapping order with
 * vm_add_device() (the MMU last), boots it with vm_boot(), loads a program with
 * vm_load_program() and runs it with vm_run(vm, n). qvm's main.c, its debugger and
 * the unit tests are such clients. Devices are structs of callbacks (struct vm_device).
 *
 * Memory policy: everything is freed explicitly by vm_free() (devices included).
 *
 * Sections: vm.c (machine, batches, ticks), cpu.c (the instruction loop),
 * interrupt.c (entry, return, faults), mmu.c (both page-table formats).
 */
#ifndef QVM_VM_H
#define QVM_VM_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct vm;
struct vm_symbols;
struct vm_blocks;
struct vm_jit;

/* The engine that runs instructions when no debugging aid is set (the debug loop is
 * always the reference loop). Every engine gives exactly the same machine. */
enum vm_engine {
    VM_ENGINE_INTERP,   /* the reference loop (cpu_loop.inc) */
    VM_ENGINE_THREADED, /* pre-decoded basic blocks, direct-threaded (threaded.c) */
    VM_ENGINE_JIT,      /* those blocks translated to x86-64 host code (jit.c) */
};

/* The engine qvm runs by default: the JIT where it exists (x86-64 Linux). */
#if defined(__x86_64__) && defined(__linux__)
#define VM_ENGINE_DEFAULT VM_ENGINE_JIT
#else
#define VM_ENGINE_DEFAULT VM_ENGINE_THREADED
#endif

/* Why vm_run() returned. */
enum vm_stop {
    VM_RUNNING,      /* the instruction budget of vm_run() ran out */
    VM_HALTED,       /* halt: result = r0 */
    VM_CYCLE_LIMIT,  /* the counter reached the -c limit */
    VM_FAULT_STOP,   /* unhandled or double fault */
    VM_STUCK,        /* wait that nothing can ever wake */
    VM_BREAK,        /* breakpoint or write breakpoint: the debugger's turn */
    VM_INTERRUPTED,  /* the host asked to stop (Ctrl-C, SIGTERM, SIGHUP) */
    VM_QUIT,         /* the user quit from the terminal (Ctrl-A x) */
};

/* A device. `id`, `io_words`, `shared_words`, `irq` (0: none) are fixed; `base` is set
 * when mapped. Every callback may be NULL. Offsets are relative to `base`. */
struct vm_device {
    const char *name;
    uint32_t id;
    uint32_t io_words, shared_words;
    unsigned irq;
    uint32_t base;
    void *state;
    /* Boot: initialise the window. */
    void (*init)(struct vm *vm, struct vm_device *dev);
    /* Handler code copied to 0x100..; returns its length (<= 16 words), 0 for none. */
    unsigned (*handler_code)(struct vm_device *dev, uint32_t *code);
    /* A store to io word `offset`, after the word was written. */
    void (*store)(struct vm *vm, struct vm_device *dev, uint32_t offset, uint32_t value);
    /* Between batches: the tick with the cycle counter, then async completion. */
    void (*tick)(struct vm *vm, struct vm_device *dev, uint64_t now);
    void (*complete)(struct vm *vm, struct vm_device *dev);
    /* For `wait`: the earliest cycle count at which this device may raise an interrupt
     * (UINT64_MAX: never), and a host fd to block on while work waits for host input
     * (-1: none). */
    uint64_t (*wake_at)(struct vm *vm, struct vm_device *dev);
    int (*wait_fd)(struct vm *vm, struct vm_device *dev);
    /* The machine stopped for good: finish pending output (a WRITE handed over). */
    void (*finish)(struct vm *vm, struct vm_device *dev);
    void (*destroy)(struct vm_device *dev);
};

#define VM_MAX_DEVICES 16
#define VM_BATCH_CYCLES 10000
#define VM_REG_SLOTS 256 /* every 8-bit register field value reads or writes in bounds */

/* A translation shortcut: va in [start, start+size) maps to va + delta, pa < memory. */
struct vm_tcache {
    uint32_t start, size, delta;
};
enum { TC_EXEC, TC_READ, TC_WRITE };

struct vm_break_list {
    uint32_t *addr;
    size_t n, cap;
};

/* Debugging aids; all empty means the fast loop runs. */
struct vm_debug {
    struct vm_break_list breaks;       /* instruction addresses (virtual ip) */
    struct vm_break_list write_breaks; /* virtual store addresses */
    uint32_t *watch_lo, *watch_hi;     /* virtual store ranges, inclusive */
    size_t nwatch;
    bool trace;                        /* -v */
    uint32_t skip_break_at;            /* resume: do not stop again at this ip */
    bool skip_break;
    const struct vm_symbols *symbols;
};

struct vm {
    uint32_t r[VM_REG_SLOTS]; /* r0..r63; r[64] mirrors ip while running */
    uint32_t ip;
    uint32_t *mem;
    uint32_t memsize;

    uint64_t cycles;        /* the spec's counter */
    uint32_t budget;        /* counted cycles left in the current batch */
    bool waiting;           /* the batch ended at a `wait` */
    uint64_t store_cycle;   /* for device stores: the counter before the store */
    uint64_t cycle_limit;   /* 0: none */
    uint64_t steps, handled, ignored, faults, entries;
    uint64_t returns;       /* interrupt returns executed */
    bool fault_in_progress;

    enum vm_stop stop;
    char stop_msg[160];
    const char *program_dir; /* for debug-file reads */

    /* MMU */
    struct vm_device *mmu_dev;
    bool mmu_enabled;
    struct vm_tcache tc[3];

    /* Devices, and a map from io word (offset from io_lo) to device index + 1. */
    struct vm_device *dev[VM_MAX_DEVICES];
    unsigned ndev;
    uint32_t io_lo, io_span;
    uint8_t *io_map;

    /* Engines with decoded code: blocks by physical line, and a byte per line of
     * VM_LINE_WORDS words that holds decoded code (NULL: no such engine ran yet). */
    enum vm_engine engine;
    struct vm_blocks *blocks;
    uint8_t *code_map;
    /* Changes whenever tc[TC_EXEC] changes or decoded code is dropped: links between
     * blocks made in another epoch are not followed. */
    uint64_t exec_epoch;
    struct vm_jit *jit; /* the JIT's code cache (jit.c), or NULL */
    uint32_t jit_hot;   /* the JIT's threshold: the threaded engine returns at hot blocks */

    FILE *state_log; /* testing: the state at every batch boundary (vm_log_state) */

    struct vm_debug debug;
    volatile sig_atomic_t *host_stop; /* set asynchronously (SIGINT) */
    bool break_on_debug_device; /* debug-break store stops with VM_BREAK (debugger) */
    void *client;
};

#define VM_LINE_SHIFT 6 /* decoded code is tracked in lines of 64 words */

/* blocks.c: memory words [pa, pa+n) were written by something other than a guest
 * store (devices, DMA, interrupt entry): decoded code there is dropped. Guest stores
 * call it too when they hit a line that holds code. */
void vm_code_written(struct vm *vm, uint32_t pa, uint64_t n);
static inline void vm_note_write(struct vm *vm, uint32_t pa, uint64_t n)
{
    if (vm->code_map)
        vm_code_written(vm, pa, n);
}
void vm_blocks_free(struct vm *vm);
/* threaded.c: the threaded engine (same contract as cpu_run_fast). */
bool cpu_run_threaded(struct vm *vm, uint64_t *limit);
/* The same loop as the JIT's runner of cold code: it returns at the entry of a block
 * that has run vm->jit_hot times; threaded_handlers() is its handler table by op kind
 * (for blocks_build; NULL without GNU C). */
bool cpu_run_threaded_tiered(struct vm *vm, uint64_t *limit);
const void *const *threaded_handlers(void);
/* jit.c: the JIT engine (same contract; the threaded engine where there is no JIT),
 * whether this host can run it (x86-64 Linux, executable memory), and its cleanup. */
bool cpu_run_jit(struct vm *vm, uint64_t *limit);
bool vm_jit_available(void);
void vm_jit_free(struct vm *vm);
/* The name of an engine, and the engine of a name (false: unknown). */
const char *vm_engine_name(enum vm_engine e);
bool vm_engine_parse(const char *name, enum vm_engine *e);

/* vm.c */
/* One line: cycles, steps, ip, interrupt counters, a hash of r0..r63 and of memory. */
void vm_log_state(struct vm *vm, FILE *f);
struct vm *vm_new(uint32_t memory_words);
void vm_add_device(struct vm *vm, struct vm_device *dev); /* before vm_boot */
void vm_boot(struct vm *vm);
bool vm_load_program(struct vm *vm, const uint32_t *words, size_t n);
enum vm_stop vm_run(struct vm *vm, uint64_t max_instructions);
void vm_free(struct vm *vm);
/* Stops the machine with a message (used by devices and faults). */
void vm_stop_with(struct vm *vm, enum vm_stop why, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
struct vm_device *vm_find_device(struct vm *vm, uint32_t id);
/* Physical memory access for devices (false if out of bounds). */
bool vm_phys_ok(const struct vm *vm, uint32_t addr, uint64_t words);
bool vm_debug_active(const struct vm *vm);

/* Calls the device owning io word pa after a store (vm.c). */
void vm_device_store(struct vm *vm, uint32_t pa);

/* cpu.c: execute until the batch budget, `*limit` or an event; returns whether the batch
 * ended. */
bool cpu_run_fast(struct vm *vm, uint64_t *limit);
bool cpu_run_debug(struct vm *vm, uint64_t *limit);

/* interrupt.c */
void vm_interrupt_external(struct vm *vm, uint32_t n);
/* `int n` executed at vm->ip; returns true if taken (the batch ends). */
bool vm_interrupt_software(struct vm *vm, uint32_t n);
void vm_interrupt_return(struct vm *vm);
void vm_fault(struct vm *vm, uint32_t reason);
/* Extension: `halt` is fault 0x07 while the MMU translates under a kernel, that is with
 * a fault handler and a system-call handler (interrupt 0x80) installed. */
bool vm_halt_is_privileged(struct vm *vm);
const char *vm_fault_name(uint32_t reason);

/* trace.c: the hooks of the debug loop, and naming addresses */
bool debug_check_break(struct vm *vm, uint32_t ip);
bool debug_check_store(struct vm *vm, uint32_t ip, uint32_t va, uint32_t value);
void debug_trace(struct vm *vm, uint32_t ip, uint32_t word);
void debug_event(struct vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "0x00001023 <main+4>" (no symbol part without symbols) into out. */
const char *vm_name_address(const struct vm *vm, uint32_t addr, char *out, size_t len);

/* disasm.c: instruction word w (and the word after it) as text; returns its length in
 * words (2 for constant). */
unsigned vm_disasm(uint32_t w, uint32_t next, char *out, size_t len);

/* mmu.c */
struct vm_device *mmu_list_new(void);
struct vm_device *mmu_twolevel_new(void);
void mmu_set_enabled(struct vm *vm, bool on);
/* Slow path: translate va for access flag `access` (QPU_PAGE_*). Returns 0 and sets
 * *pa, or a fault reason. Refreshes vm->tc[kind]. */
uint32_t mmu_translate(struct vm *vm, uint32_t va, unsigned kind, uint32_t *pa);
/* Translation without side effects, for the debugger (false: not mapped). */
bool mmu_peek(struct vm *vm, uint32_t va, uint32_t *pa);
/* Whether addresses are translated now (enabled, with a nonzero base). */
bool mmu_translating(struct vm *vm);

#endif
