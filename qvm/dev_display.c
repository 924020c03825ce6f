/* dev_display.c - the display device (platform.md §Devices, Display): +0 control (io),
 * +1 width, +2 height, +3 frame address. Storing 1 shows the width x height words at
 * the address (if nonzero) through a display_out, all within the store; between
 * batches the output gets its host events (window keys, the window being closed). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "display.h"
#include "util.h"

struct display {
    uint32_t width, height;   /* the -D size: the window's start values */
    struct display_out *out;
    struct key_state *keys;
    bool warned;
};

static void display_init(struct vm *vm, struct vm_device *dev)
{
    struct display *d = dev->state;
    vm->mem[dev->base + QPU_DISPLAY_CONTROL] = QPU_DISPLAY_READY;
    vm->mem[dev->base + QPU_DISPLAY_WIDTH] = d->width;
    vm->mem[dev->base + QPU_DISPLAY_HEIGHT] = d->height;
    vm->mem[dev->base + QPU_DISPLAY_ADDRESS] = 0;
}

static void show_frame(struct vm *vm, struct vm_device *dev, struct display *d)
{
    uint32_t w = vm->mem[dev->base + QPU_DISPLAY_WIDTH];
    uint32_t h = vm->mem[dev->base + QPU_DISPLAY_HEIGHT];
    uint32_t addr = vm->mem[dev->base + QPU_DISPLAY_ADDRESS];
    if (addr == 0)
        return;
    if (w == 0 || h == 0 || w > DISPLAY_MAX_SIDE || h > DISPLAY_MAX_SIDE ||
        !vm_phys_ok(vm, addr, (uint64_t)w * h)) {
        if (!d->warned)
            fprintf(stderr, "qvm: warning: display: a %" PRIu32 "x%" PRIu32 " frame at "
                    "0x%08" PRIx32 " is empty, too large or outside memory: not shown "
                    "(said once)\n", w, h, addr);
        d->warned = true;
        return;
    }
    char err[300];
    if (d->out && !d->out->show(d->out, vm->mem + addr, w, h, err, sizeof err))
        vm_stop_with(vm, VM_FAULT_STOP, "%s", err);
}

static void display_store(struct vm *vm, struct vm_device *dev, uint32_t offset,
                          uint32_t value)
{
    if (offset != QPU_DISPLAY_CONTROL || value != QPU_DISPLAY_SHOW)
        return; /* other values do nothing */
    vm->mem[dev->base + QPU_DISPLAY_CONTROL] = QPU_DISPLAY_PENDING;
    show_frame(vm, dev, dev->state);
    vm->mem[dev->base + QPU_DISPLAY_CONTROL] = QPU_DISPLAY_READY;
}

static void display_tick(struct vm *vm, struct vm_device *dev, uint64_t now)
{
    struct display *d = dev->state;
    if (d->out && d->out->poll && !d->out->poll(d->out, now, d->keys))
        vm_stop_with(vm, VM_INTERRUPTED, "the display window was closed");
}

/* While the machine idles in `wait` with a timer armed, a window makes the host sleep
 * until the timer's deadline (vm.c's after_idle_wait blocks on this fd, which never
 * becomes readable): animations then run in real time instead of as fast as the host
 * can count wait steps. Without a timer nothing can wake the machine: no fd, so vm.c
 * reports it stuck as usual. */
static int display_wait_fd(struct vm *vm, struct vm_device *dev)
{
    struct display *d = dev->state;
    if (!d->out || d->out->idle_fd < 0)
        return -1;
    for (unsigned i = 0; i < vm->ndev; i++)
        if (vm->dev[i]->wake_at && vm->dev[i]->wake_at(vm, vm->dev[i]) != UINT64_MAX)
            return d->out->idle_fd;
    return -1;
}

static void display_destroy(struct vm_device *dev)
{
    struct display *d = dev->state;
    if (d->out)
        d->out->destroy(d->out);
    free(d);
    free(dev);
}

struct vm_device *dev_display_new(uint32_t w, uint32_t h, struct display_out *out,
                                  struct key_state *ks)
{
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    struct display *d = xcalloc(1, sizeof *d);
    d->width = w;
    d->height = h;
    d->out = out;
    d->keys = ks;
    dev->name = "display";
    dev->id = QPU_DEV_DISPLAY;
    dev->io_words = 1;
    dev->shared_words = 3;
    dev->state = d;
    dev->init = display_init;
    dev->store = display_store;
    dev->tick = display_tick;
    dev->wait_fd = display_wait_fd;
    dev->destroy = display_destroy;
    return dev;
}
