/* dev_basic.c - the timer, the clock and the debug-break device. */
#include <stdlib.h>

#include "devices.h"
#include "platform.h"
#include "util.h"

/* --- timer: io word = period in ms; interrupt 2 ---------------------------------- */

struct timer {
    uint64_t interval, deadline; /* interval 0: disarmed */
};

static void timer_store(struct vm *vm, struct vm_device *dev, uint32_t offset, uint32_t value)
{
    (void)offset;
    struct timer *t = dev->state;
    t->interval = (uint64_t)value * VM_BATCH_CYCLES;
    t->deadline = vm->store_cycle + t->interval;
}

static void timer_tick(struct vm *vm, struct vm_device *dev, uint64_t now)
{
    struct timer *t = dev->state;
    while (t->interval && now >= t->deadline && vm->stop == VM_RUNNING) {
        vm_interrupt_external(vm, QPU_INT_TIMER);
        t->deadline += t->interval;
    }
}

static uint64_t timer_wake_at(struct vm *vm, struct vm_device *dev)
{
    (void)vm;
    struct timer *t = dev->state;
    return t->interval ? t->deadline : UINT64_MAX;
}

static void free_device(struct vm_device *dev)
{
    free(dev->state);
    free(dev);
}

struct vm_device *dev_timer_new(void)
{
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    dev->name = "timer";
    dev->id = QPU_DEV_TIMER;
    dev->io_words = 1;
    dev->irq = QPU_INT_TIMER;
    dev->state = xcalloc(1, sizeof(struct timer));
    dev->store = timer_store;
    dev->tick = timer_tick;
    dev->wake_at = timer_wake_at;
    dev->destroy = free_device;
    return dev;
}

/* --- clock: shared word = virtual milliseconds ------------------------------------ */

static void clock_tick(struct vm *vm, struct vm_device *dev, uint64_t now)
{
    vm->mem[dev->base] = (uint32_t)(now / VM_BATCH_CYCLES);
}

struct vm_device *dev_clock_new(void)
{
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    dev->name = "clock";
    dev->id = QPU_DEV_CLOCK;
    dev->shared_words = 1;
    dev->tick = clock_tick;
    dev->destroy = free_device;
    return dev;
}

/* --- debug-break: store 1 -> PENDING, host hook, COMPLETE at the batch end -------- */

struct debug_break {
    bool pending;
};

static void break_store(struct vm *vm, struct vm_device *dev, uint32_t offset, uint32_t value)
{
    (void)offset;
    struct debug_break *b = dev->state;
    if (value != 1) {
        vm->mem[dev->base] = 3; /* ERROR */
        return;
    }
    vm->mem[dev->base] = 2; /* PENDING */
    b->pending = true;
    if (vm->break_on_debug_device)
        vm_stop_with(vm, VM_BREAK, "debug break (int 3)");
}

static void break_complete(struct vm *vm, struct vm_device *dev)
{
    struct debug_break *b = dev->state;
    if (b->pending)
        vm->mem[dev->base] = 0; /* COMPLETE */
    b->pending = false;
}

/* constant r0 BASE; constant r1 1; store r0 r1; constant r0 0; int r0 */
static unsigned break_code(struct vm_device *dev, uint32_t *code)
{
    const uint32_t words[8] = {0x05000000, dev->base, 0x05010000, 1,
                               0x03000100, 0x05000000, 0, 0x01000000};
    for (unsigned i = 0; i < 8; i++)
        code[i] = words[i];
    return 8;
}

struct vm_device *dev_debug_break_new(void)
{
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    dev->name = "debug-break";
    dev->id = QPU_DEV_DEBUG_BREAK;
    dev->io_words = 1;
    dev->irq = QPU_INT_DEBUG_BREAK;
    dev->state = xcalloc(1, sizeof(struct debug_break));
    dev->store = break_store;
    dev->complete = break_complete;
    dev->handler_code = break_code;
    dev->destroy = free_device;
    return dev;
}
