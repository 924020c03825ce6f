/* syscall.c - the system calls (docs/syscalls.md). The dispatch table is generated
 * from the one list, QPU_SYSCALLS in libc/include/sys/syscall.h. Arguments come from
 * the caller's saved r1..r3 and the result goes to its saved r0; every user pointer and
 * length is checked against the caller's address space (vm.c) before it is used. */
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include "kernel.h"

#define CHUNK 256                 /* console transfers go through a kernel buffer */

static struct proc *self(void)
{
    return current;
}

struct file *fd_file(int fd)
{
    return fd >= 0 && fd < NOFILE ? self()->files[fd] : 0;
}

/* A user path made absolute against the current directory. */
int user_path(int va, char *abs)
{
    char path[PATH_MAX];
    int r = vm_copyinstr(self(), path, va, PATH_MAX);
    if (r < 0)
        return r;
    if (r == 0)
        return -ENOENT;
    return path_join(self()->cwd, path, abs);
}

/* user_path, then the node the path names. */
int user_lookup(int va, char *abs, struct fsnode *n)
{
    int r = user_path(va, abs);
    return r < 0 ? r : fs_lookup(abs, n);
}

static int sys_exit(int status, int unused1, int unused2)
{
    (void)unused1, (void)unused2;
    if (self()->kernel)
        machine_halt(status);
    proc_exit(self(), status);
    return 0;
}

static int read_file(struct file *f, int buf, int len)
{
    int done = 0;
    while (done < len) {
        int avail, pa = vm_span(self(), buf + done, QPU_PAGE_WRITE, &avail);
        int want = len - done < avail ? len - done : avail;
        int n = fs_read(f->node, f->pos, (char *)pa, want);
        if (n < 0)
            return done > 0 ? done : n;
        f->pos += n;
        done += n;
        if (n < want)
            break;
    }
    return done;
}

static int sys_read(int fd, int buf, int len)
{
    struct file *f = fd_file(fd);
    int tmp[CHUNK], n;
    if (!f || (f->mode & O_ACCMODE) == O_WRONLY)
        return -EBADF;
    if (len < 0 || !vm_check(self(), buf, len, QPU_PAGE_WRITE))
        return -EFAULT;
    if (f->type == F_DIR)
        return -EISDIR;
    if (f->type == F_FILE)
        return read_file(f, buf, len);
    if (f->type == F_PIPE)
        return pipe_read(f, buf, len);
    n = console_read((char *)tmp, len < CHUNK ? len : CHUNK);
    if (n == -1) {
        sleep_on(CHAN_CONSOLE);
        return 0;
    }
    if (n < 0)
        return n;
    vm_copyout(self(), buf, tmp, n);
    return n;
}

static int sys_write(int fd, int buf, int len)
{
    struct file *f = fd_file(fd);
    int done = 0;
    if (!f || f->type == F_DIR || (f->mode & O_ACCMODE) == O_RDONLY)
        return -EBADF;
    if (len < 0 || !vm_check(self(), buf, len, QPU_PAGE_READ))
        return -EFAULT;
    if (f->type == F_PIPE)
        return pipe_write(f, buf, len);
    if (f->type == F_FILE && (f->mode & O_APPEND))
        f->pos = f->node->size;
    while (done < len) {
        int avail, pa = vm_span(self(), buf + done, QPU_PAGE_READ, &avail);
        int want = len - done < avail ? len - done : avail;
        if (f->type == F_CONSOLE) {
            for (int i = 0; i < want; i++)
                console_putc(((int *)pa)[i]);
        } else {
            int n = fs_write(f->node, f->pos, (char *)pa, want);
            if (n < 0)
                return done > 0 ? done : n;
            f->pos += n;
            if (n < want)
                return done + n;
        }
        done += want;
    }
    return done;
}

static int sys_open(int path_va, int flags, int unused)
{
    char path[PATH_MAX];
    struct file *f;
    int r = user_path(path_va, path);
    (void)unused;
    if (r < 0)
        return r;
    for (int fd = 0; fd < NOFILE; fd++) {
        if (!self()->files[fd]) {
            r = file_open(path, flags & ~O_CLOEXEC, &f);
            if (r < 0)
                return r;
            self()->files[fd] = f;
            self()->fd_flags[fd] = flags & O_CLOEXEC ? FD_CLOEXEC : 0;
            return fd;
        }
    }
    return -EMFILE;
}

static int sys_close(int fd, int unused1, int unused2)
{
    struct file *f = fd_file(fd);
    (void)unused1, (void)unused2;
    if (!f)
        return -EBADF;
    file_close(f);
    self()->files[fd] = 0;
    self()->fd_flags[fd] = 0;
    return 0;
}

static int sys_create(int path_va, int unused1, int unused2)
{
    char path[PATH_MAX];
    struct fsnode n;
    int r = user_path(path_va, path);
    (void)unused1, (void)unused2;
    return r < 0 ? r : fs_create(path, QFS_FLAGS_FILE, &n);
}

static int sys_destroy(int path_va, int unused1, int unused2)
{
    char path[PATH_MAX];
    struct fsnode n;
    int r = user_lookup(path_va, path, &n);
    (void)unused1, (void)unused2;
    if (r == 0 && file_busy(&n))
        r = -EBUSY;
    return r < 0 ? r : fs_remove(path);
}

static int sys_spawn(int path_va, int argv_va, int unused)
{
    (void)unused;
    return sys_spawnve(path_va, argv_va, 0);
}

static int sys_yield(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    need_resched = 1;
    return 0;
}

static int sys_getpid(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    return self()->pid;
}

static int sys_sbrk(int increment, int unused1, int unused2)
{
    (void)unused1, (void)unused2;
    return self()->kernel ? -ENOMEM : vm_sbrk(self(), increment);
}

static int sys_readdir(int fd, int entry_va, int unused)
{
    struct file *f = fd_file(fd);
    struct qpu_dirent d;
    int e[QFS_ENTRY_WORDS], index, k;
    (void)unused;
    if (!f)
        return -EBADF;
    if (f->type != F_DIR)
        return -ENOTDIR;
    if (!vm_check(self(), entry_va, sizeof d, QPU_PAGE_WRITE))
        return -EFAULT;
    index = fs_dirent(f->node, f->pos, e);
    if (index < 0)
        return 0;
    f->pos = index + 1;
    d.flags = e[QFS_ENTRY_FLAGS] & (QFS_FLAG_DIRECTORY | QFS_FLAG_EXECUTABLE);
    d.size = e[QFS_ENTRY_SIZE];
    for (k = 0; k < QFS_NAME_MAX && e[QFS_ENTRY_NAME + k]; k++)
        d.name[k] = e[QFS_ENTRY_NAME + k] & 0xFF;
    d.name[k] = 0;
    vm_copyout(self(), entry_va, (int *)&d, sizeof d);
    return 1;
}

static int sys_clock(int unused1, int unused2, int unused3)
{
    (void)unused1, (void)unused2, (void)unused3;
    return clock_ms();
}

static int sys_seek(int fd, int offset, int whence)
{
    struct file *f = fd_file(fd);
    int base;
    if (!f)
        return -EBADF;
    if (f->type == F_CONSOLE || f->type == F_PIPE)
        return -ESPIPE;
    if (whence == 0)
        base = 0;
    else if (whence == 1)
        base = f->pos;
    else if (whence == 2)
        base = f->node->size;
    else
        return -EINVAL;
    if (base + offset < 0)
        return -EINVAL;
    f->pos = base + offset;
    return f->pos;
}

static int sys_isatty(int fd, int unused1, int unused2)
{
    struct file *f = fd_file(fd);
    (void)unused1, (void)unused2;
    return !f ? -EBADF : f->type == F_CONSOLE;
}

static int sys_sleep(int ms, int unused1, int unused2)
{
    struct proc *p = self();
    (void)unused1, (void)unused2;
    if (ms <= 0 || (p->wake_ms && clock_ms() >= p->wake_ms)) {
        p->wake_ms = 0;
        return 0;
    }
    if (!p->wake_ms)
        p->wake_ms = clock_ms() + ms;
    sleep_on(CHAN_SLEEP);
    return 0;
}

typedef int (*syscall_fn)(int, int, int);
#define KERNEL_ENTRY(name, number, nargs) [number] = sys_##name,
static const syscall_fn table[QPU_SYSCALL_COUNT] = { QPU_SYSCALLS(KERNEL_ENTRY) };

void syscall(struct proc *p)
{
    int number = p->regs[0], result;
    p->blocked_call = 0;
    if (number >= 0 && number < QPU_SYSCALL_COUNT && table[number]) {
        result = table[number](p->regs[1], p->regs[2], p->regs[3]);
    } else if (number == KCALL_ATOMIC && p->kernel) {
        int (*fn)(int, int) = (int (*)(int, int))p->regs[1];
        result = fn(p->regs[2], p->regs[3]);
    } else {
        kprintf("[kernel] pid %d (%s) killed: bad system call %d at 0x%x\n", p->pid,
                p->name, number, p->regs[REG_IP] - 1);
        proc_exit(p, -1);
        return;
    }
    if (p->state == P_RUNNABLE)
        p->regs[0] = result;
}
