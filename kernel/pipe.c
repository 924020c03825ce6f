/* pipe.c - pipes (docs/kernel.md): a one-page ring buffer between a read end and a
 * write end, each an open file. Reads block while it is empty and some writer is left
 * (end of file when none is); writes block while it is full and some reader is left,
 * and get EPIPE and SIGPIPE when none is. A write of at most PIPE_WORDS words is never
 * interleaved with another. A blocked call sleeps and runs again when woken
 * (proc.c); a long write keeps its progress in the caller's registers and io_done. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include "kernel.h"

#define NPIPE      32
#define PIPE_WORDS PAGE_WORDS

struct pipe {
    int *buf;                     /* a page; 0 when the slot is free */
    int head;                     /* next word to read */
    int count;                    /* words in the buffer */
    int readers, writers;         /* open files of each end (0 or 1) */
};

static struct pipe pipes[NPIPE];

static int chan(struct pipe *pp)
{
    return CHAN_PIPE(pp - pipes);
}

int pipe_create(struct file **read_end, struct file **write_end)
{
    struct pipe *pp = 0;
    struct file *r, *w;
    for (int i = 0; i < NPIPE && !pp; i++)
        if (!pipes[i].buf)
            pp = &pipes[i];
    if (!pp)
        return -ENFILE;
    r = file_alloc();
    w = r ? file_alloc() : 0;
    if (!w) {
        if (r)
            r->refs = 0;
        return -ENFILE;
    }
    pp->buf = (int *)page_alloc(1);
    if (!pp->buf) {
        r->refs = w->refs = 0;
        return -ENOMEM;
    }
    pp->head = pp->count = 0;
    pp->readers = pp->writers = 1;
    r->type = w->type = F_PIPE;
    r->mode = O_RDONLY;
    w->mode = O_WRONLY;
    r->pipe = w->pipe = pp;
    *read_end = r;
    *write_end = w;
    return 0;
}

void pipe_release(struct file *f)
{
    struct pipe *pp = f->pipe;
    if ((f->mode & O_ACCMODE) == O_RDONLY)
        pp->readers--;
    else
        pp->writers--;
    wakeup(chan(pp));
    if (!pp->readers && !pp->writers) {
        page_free((int)pp->buf, 1);
        pp->buf = 0;
    }
    f->pipe = 0;
}

/* buf and len are checked by the caller (syscall.c). */
int pipe_read(struct file *f, int buf, int len)
{
    struct pipe *pp = f->pipe;
    int n, first;
    if (len == 0)
        return 0;
    if (pp->count == 0) {
        if (pp->writers == 0)
            return 0;
        sleep_on(chan(pp));
        return 0;
    }
    n = len < pp->count ? len : pp->count;
    first = n < PIPE_WORDS - pp->head ? n : PIPE_WORDS - pp->head;
    vm_copyout(current, buf, pp->buf + pp->head, first);
    vm_copyout(current, buf + first, pp->buf, n - first);
    pp->head = (pp->head + n) % PIPE_WORDS;
    pp->count -= n;
    wakeup(chan(pp));
    return n;
}

int pipe_write(struct file *f, int buf, int len)
{
    struct pipe *pp = f->pipe;
    struct proc *p = current;
    int done = p->io_done, whole;
    if (pp->readers == 0) {
        p->io_done = 0;
        proc_signal(p, SIGPIPE);
        return done > 0 ? done : -EPIPE;
    }
    whole = done == 0 && len <= PIPE_WORDS;       /* atomic: wait for room for all */
    if (!whole || PIPE_WORDS - pp->count >= len)
        while (len > 0 && pp->count < PIPE_WORDS) {
            int tail = (pp->head + pp->count) % PIPE_WORDS;
            int n = PIPE_WORDS - pp->count;
            if (n > PIPE_WORDS - tail)
                n = PIPE_WORDS - tail;
            if (n > len)
                n = len;
            vm_copyin(p, pp->buf + tail, buf, n);
            pp->count += n;
            buf += n;
            len -= n;
            done += n;
        }
    wakeup(chan(pp));
    if (len > 0) {
        p->io_done = done;
        p->regs[2] = buf;                 /* the call runs again for the rest */
        p->regs[3] = len;
        sleep_on(chan(pp));
        return 0;
    }
    p->io_done = 0;
    return done;
}
