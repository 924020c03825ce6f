/* fake_kernel.c - the system calls the user-target tests need, served on bare qvm
 * (boot.s calls fake_kernel_syscall for each `int 0x80`): the console (fds 0..2: debug
 * input a line at a time, debug output), a few in-memory files (open with the <fcntl.h>
 * flags, read, write, seek, close, create, destroy, rename), sbrk from _end, and exit, which
 * halts. Everything else is -ENOSYS. Its names are fake_* so that nothing clashes with
 * the user program's libc in the one flat image (it uses that libc's string functions). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
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

#define FAKE_FILES 4
#define FAKE_FILE_SIZE 2048
#define FAKE_FDS 8

struct fake_file {
    char name[16];    /* "" when free */
    char data[FAKE_FILE_SIZE];
    int size;
};

struct fake_fd {
    struct fake_file *file;  /* NULL when closed */
    int position, flags;
};

static struct fake_file fake_files[FAKE_FILES];
static struct fake_fd fake_fds[FAKE_FDS];
static char *fake_break;

static struct fake_file *fake_find(const char *name, int create)
{
    int i;
    if (strlen(name) >= sizeof fake_files[0].name)
        return 0;
    for (i = 0; i < FAKE_FILES; i++)
        if (fake_files[i].name[0] && strcmp(fake_files[i].name, name) == 0)
            return &fake_files[i];
    for (i = 0; create && i < FAKE_FILES; i++)
        if (fake_files[i].name[0] == 0) {
            strcpy(fake_files[i].name, name);
            fake_files[i].size = 0;
            return &fake_files[i];
        }
    return 0;
}

static int fake_open(const char *path, int flags)
{
    struct fake_file *file = fake_find(path, flags & O_CREAT);
    int fd;
    if (file == 0)
        return -ENOENT;
    for (fd = 3; fd < FAKE_FDS && fake_fds[fd].file; fd++)
        ;
    if (fd == FAKE_FDS)
        return -EMFILE;
    if (flags & O_TRUNC)
        file->size = 0;
    fake_fds[fd].file = file;
    fake_fds[fd].position = 0;
    fake_fds[fd].flags = flags;
    return fd;
}

static struct fake_fd *fake_fd_of(int fd)
{
    return fd >= 3 && fd < FAKE_FDS && fake_fds[fd].file ? &fake_fds[fd] : 0;
}

static int fake_file_read(struct fake_fd *f, char *buf, int len)
{
    int n = f->file->size - f->position;
    if ((f->flags & O_ACCMODE) == O_WRONLY)
        return -EBADF;
    if (n > len)
        n = len;
    if (n < 0)
        n = 0;
    memcpy(buf, f->file->data + f->position, (size_t)n);
    f->position += n;
    return n;
}

static int fake_file_write(struct fake_fd *f, const char *buf, int len)
{
    if ((f->flags & O_ACCMODE) == O_RDONLY)
        return -EBADF;
    if (f->flags & O_APPEND)
        f->position = f->file->size;
    if (f->position + len > FAKE_FILE_SIZE)
        return -ENOSPC;
    memcpy(f->file->data + f->position, buf, (size_t)len);
    f->position += len;
    if (f->position > f->file->size)
        f->file->size = f->position;
    return len;
}

static int fake_seek(struct fake_fd *f, int offset, int whence)
{
    int base = whence == 0 ? 0 : whence == 1 ? f->position : f->file->size;
    if (base + offset < 0)
        return -EINVAL;
    f->position = base + offset;
    return f->position;
}

static int fake_sbrk(int increment)
{
    char *old;
    if (fake_break == 0)
        fake_break = _end;
    if (increment < 0 || increment > 0x100000)
        return -ENOMEM;
    old = fake_break;
    fake_break += increment;
    return (int)old;
}

static int fake_file_call(int number, int a, int b, int c)
{
    struct fake_fd *f = fake_fd_of(a);
    struct fake_file *file;
    if (number == SYS_open)
        return fake_open((const char *)a, b);
    if (number == SYS_create)
        return fake_find((const char *)a, 0) ? -EEXIST : fake_find((const char *)a, 1) ? 0 : -ENOSPC;
    if (number == SYS_destroy) {
        file = fake_find((const char *)a, 0);
        if (file == 0)
            return -ENOENT;
        file->name[0] = 0;
        return 0;
    }
    if (number == SYS_rename) {
        file = fake_find((const char *)a, 0);
        if (file == 0)
            return -ENOENT;
        struct fake_file *target = fake_find((const char *)b, 0);
        if (target)
            target->name[0] = 0;
        strncpy(file->name, (const char *)b, sizeof file->name - 1);
        return 0;
    }
    if (f == 0)
        return -EBADF;
    if (number == SYS_read)
        return fake_file_read(f, (char *)b, c);
    if (number == SYS_write)
        return fake_file_write(f, (const char *)b, c);
    if (number == SYS_seek)
        return fake_seek(f, b, c);
    if (number == SYS_close) {
        f->file = 0;
        return 0;
    }
    if (number == SYS_isatty)
        return 0;
    return -ENOSYS;
}

int fake_kernel_syscall(void)
{
    volatile int *saved = (volatile int *)QPU_SAVED_REGS;
    int number = saved[0], a = saved[1], b = saved[2], c = saved[3];
    int console = a >= 0 && a <= 2;
    if (number == SYS_exit)
        fake_kernel_halt(a);
    if (number == SYS_getpid)
        return 7;
    if (number == SYS_sbrk)
        return fake_sbrk(a);
    if (console && number == SYS_write)
        return a > 0 ? fake_write((const char *)b, c) : -EBADF;
    if (console && number == SYS_read)
        return a == 0 ? fake_read((char *)b, c) : -EBADF;
    if (console && number == SYS_isatty)
        return 1;
    if (console && number == SYS_seek)
        return -ESPIPE;
    return fake_file_call(number, a, b, c);
}
