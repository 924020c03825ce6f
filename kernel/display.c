/* display.c - the display and keypress devices for processes (docs/syscalls.md,
 * 70..79). One process at a time owns the display: display_open gives it two frames of
 * width x height words, mapped read-write at DISPLAY_VA in its address space (frame 1
 * right after frame 0), display_show(n) points the device at frame n and shows it, and
 * display_keys copies the keypress device's five words out. The frames are freed, and
 * the display released, by display_close or when the owner exits or is killed
 * (display_release, called from proc_exit). */
#include <errno.h>
#include "kernel.h"

#define DISPLAY_VA 0x00800000   /* between the heap's reach and the stack */
#define FRAMES     2
#define FLAGS_RW   (QPU_PAGE_PRESENT | QPU_PAGE_READ | QPU_PAGE_WRITE)

static int owner_pid;            /* 0: free */
static int frame_pa;             /* the frames' physical run */
static int frame_pages;
static int frame_words;          /* width x height */

static int display_io(void)
{
    return device_find(QPU_DEV_DISPLAY);
}

static int owns(struct proc *p)
{
    return owner_pid != 0 && owner_pid == p->pid;
}

void display_release(struct proc *p)
{
    if (!owns(p))
        return;
    vm_unmap(p, DISPLAY_VA);
    page_free(frame_pa, frame_pages);
    owner_pid = 0;
    frame_pa = 0;
}

/* display_open(int info[2]) -> address of frame 0; info gets width and height. */
int sys_display_open(int info_va, int unused1, int unused2)
{
    struct proc *p = current;
    int io = display_io(), info[2];
    (void)unused1, (void)unused2;
    if (!io)
        return -ENODEV;
    if (owner_pid && !owns(p))
        return -EBUSY;
    info[0] = *(int *)(io + QPU_DISPLAY_WIDTH);
    info[1] = *(int *)(io + QPU_DISPLAY_HEIGHT);
    if (info_va && vm_copyout(p, info_va, info, 2) < 0)
        return -EFAULT;
    if (owns(p))
        return DISPLAY_VA;
    frame_words = info[0] * info[1];
    frame_pages = (FRAMES * frame_words + PAGE_WORDS - 1) / PAGE_WORDS;
    frame_pa = page_alloc(frame_pages);
    if (!frame_pa)
        return -ENOMEM;
    if (vm_map(p, DISPLAY_VA, frame_pa, FRAMES * frame_words, FLAGS_RW) < 0) {
        page_free(frame_pa, frame_pages);
        return -ENOMEM;
    }
    kmemset((int *)frame_pa, 0, FRAMES * frame_words);
    owner_pid = p->pid;
    trace("[kernel] pid %d (%s) opened the %dx%d display\n", p->pid, p->name, info[0],
          info[1]);
    return DISPLAY_VA;
}

/* display_show(n) -> 0: frame n (0 or 1) is shown. */
int sys_display_show(int frame, int unused1, int unused2)
{
    int io = display_io();
    (void)unused1, (void)unused2;
    if (!owns(current))
        return -EACCES;
    if (frame < 0 || frame >= FRAMES)
        return -EINVAL;
    *(int *)(io + QPU_DISPLAY_ADDRESS) = frame_pa + frame * frame_words;
    *(int *)(io + QPU_DISPLAY_CONTROL) = QPU_DISPLAY_SHOW;
    return 0;
}

/* display_close() -> 0: the frames are unmapped and the display is free. */
int sys_display_close(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    if (!owns(current))
        return -EACCES;
    display_release(current);
    return 0;
}

/* display_keys(int keys[5]) -> 0: the held keys, as the keypress device has them. */
int sys_display_keys(int keys_va, int unused1, int unused2)
{
    int kp = device_find(QPU_DEV_KEYPRESS);
    (void)unused1, (void)unused2;
    if (!owns(current))
        return -EACCES;
    if (!kp)
        return -ENODEV;
    return vm_copyout(current, keys_va, (int *)kp, QPU_KEYPRESS_WORDS);
}
