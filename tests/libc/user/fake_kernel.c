/* fake_kernel.c - the few system calls the user-target test needs, served on bare qvm
 * (boot.s calls fake_kernel_syscall for each `int 0x80`): write to fds 1 and 2 through
 * the debug output, read fd 0 from the debug input a line at a time, sbrk from _end,
 * exit halts. Everything else is -ENOSYS. Names are fake_* so that nothing clashes with
 * the user program's libc in the one flat image. */
#include <errno.h>
#include <sys/syscall.h>
#include "platform.h"

void fake_kernel_halt(int status);
extern char _end[];

static volatile unsigned *fake_device(unsigned id)
{
    volatile unsigned *table = (volatile unsigned *)QPU_DEVICE_TABLE;
    unsigned i;
    for (i = 0; i < table[0]; i++)
        if (table[1 + 2 * i] == id)
            return (volatile unsigned *)table[2 + 2 * i];
    return 0;
}

static unsigned fake_command(volatile unsigned *window, unsigned command)
{
    unsigned control;
    window[QPU_BUF_CONTROL] = command;
    do
        control = window[QPU_BUF_CONTROL];
    while (control == QPU_BUF_PENDING || control == command);
    return control;
}

static int fake_write(const char *buf, int len)
{
    volatile unsigned *out = fake_device(QPU_DEV_DEBUG_OUTPUT);
    int done = 0, i, n;
    while (done < len) {
        n = len - done < 200 ? len - done : 200;
        for (i = 0; i < n; i++)
            out[QPU_BUF_DATA + i] = (unsigned)buf[done + i];
        out[QPU_BUF_SIZE] = (unsigned)n;
        if (fake_command(out, QPU_BUF_WRITE) != QPU_BUF_READY)
            return -EIO;
        done += n;
    }
    return len;
}

/* One line per call (with its newline), like a console; 0 at end of input. */
static int fake_read(char *buf, int len)
{
    volatile unsigned *in = fake_device(QPU_DEV_DEBUG_INPUT);
    int size, i;
    if (len < 2 || fake_command(in, QPU_BUF_READ) != QPU_BUF_READY)
        return 0;
    size = (int)in[QPU_BUF_SIZE];
    if (size > len - 1)
        size = len - 1;
    for (i = 0; i < size; i++)
        buf[i] = (char)in[QPU_BUF_DATA + i];
    buf[size] = '\n';
    return size + 1;
}

static char *fake_break;

int fake_kernel_syscall(void)
{
    volatile int *saved = (volatile int *)QPU_SAVED_REGS;
    int number = saved[0], a = saved[1], b = saved[2], c = saved[3];
    char *old;
    if (number == SYS_exit)
        fake_kernel_halt(a);
    if (number == SYS_write)
        return a == 1 || a == 2 ? fake_write((const char *)b, c) : -EBADF;
    if (number == SYS_read)
        return a == 0 ? fake_read((char *)b, c) : -EBADF;
    if (number == SYS_isatty)
        return a >= 0 && a <= 2;
    if (number == SYS_getpid)
        return 7;
    if (number == SYS_sbrk) {
        if (fake_break == 0)
            fake_break = _end;
        if (a < 0 || a > 0x100000)
            return -ENOMEM;
        old = fake_break;
        fake_break += a;
        return (int)old;
    }
    return -ENOSYS;
}
