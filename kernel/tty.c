/* tty.c - the terminal's line discipline (docs/kernel.md, "Terminal"). Input comes from
 * the terminal device (qvm's extension: keys as they are typed, interrupt 5) when the
 * machine has one, else from the line-based debug-input device (interrupt 4 on qvm,
 * polled from the timer on the reference VM). Characters go through the modes of
 * <termios.h>: in canonical mode a line is edited here (echo, erase, ^U, ^W) and handed
 * to readers at its newline; ^D at the start of a line is one end of file for one
 * reader; ^C (ISIG) discards the line and interrupts the foreground job, ^Z stops it
 * (SIGTSTP). Raw mode hands every character over at once. Lines from debug input are
 * not echoed (the host showed them); the bytes 0x03, 0x04 and 0x1A in them act as ^C,
 * ^D and ^Z. */
#include <errno.h>
#include <signal.h>
#include <termios.h>
#include "kernel.h"

#define TTY_LINE_MAX 1024   /* characters of a canonical line, its newline included */
#define QUEUE_MAX    2048   /* characters ready for readers */
#define MARK_EOF     (-1)   /* in the queue: one end of file (^D) */
#define KEY_INTR     3
#define KEY_EOF      4
#define KEY_ERASE    0x7F
#define KEY_BS       8
#define KEY_KILL     0x15
#define KEY_WERASE   0x17
#define SETTLE_TICKS 2      /* quanta a job runs before the next piped line is read */

static struct termios modes;
static int line[TTY_LINE_MAX];
static int line_len;
static int overlong;          /* the line outgrew TTY_LINE_MAX: dropped whole */
static int queue[QUEUE_MAX];
static int q_head, q_count;
static int input_ended;       /* the device reported end of input: for ever */
static int interrupted;       /* ^C while a kernel task (the shell) reads */
static int foreground;        /* pid of the foreground job, 0: the shell itself */

static int term_dev;          /* the terminal device's window, or 0 */
static int source;            /* the device input comes from (term_dev or debug_in) */
static int read_pending;      /* a READ is in flight on `source` */
static int piece_full;        /* debug input: the last READ filled the buffer */

void tty_init(void)
{
    term_dev = device_find(QPU_DEV_TERMINAL);
    source = term_dev ? term_dev : debug_in;
    modes.c_iflag = ICRNL;
    modes.c_oflag = OPOST;
    modes.c_lflag = ISIG | ICANON | ECHO | ECHOE;
    modes.c_cc[VINTR] = KEY_INTR;
    modes.c_cc[VEOF] = KEY_EOF;
    modes.c_cc[VERASE] = KEY_ERASE;
    modes.c_cc[VKILL] = KEY_KILL;
    modes.c_cc[VWERASE] = KEY_WERASE;
    modes.c_cc[VMIN] = 1;
    modes.c_cc[VSUSP] = 0x1A;
    line_len = q_head = q_count = 0;
    if (term_dev)
        tty_start_read();     /* keys are taken (and echoed) as they come */
}

int tty_has_terminal(void)
{
    return term_dev != 0;
}

/* ---- the ready queue ---- */

static void enqueue(int c)
{
    if (q_count < QUEUE_MAX) {
        queue[(q_head + q_count) % QUEUE_MAX] = c;
        q_count++;
    }
}

static int dequeue(void)
{
    int c = queue[q_head];
    q_head = (q_head + 1) % QUEUE_MAX;
    q_count--;
    return c;
}

static void commit_line(void)
{
    for (int i = 0; i < line_len; i++)
        enqueue(line[i]);
    line_len = 0;
    wakeup(CHAN_CONSOLE);
}

/* ---- echo ---- */

static int echoing(void)
{
    return source == term_dev && (modes.c_lflag & ECHO);
}

static void echo_char(int c)
{
    if (!echoing())
        return;
    if (c < 0x20 && c != '\n' && c != '\t') {
        console_putc('^');
        console_putc(c + 0x40);
    } else {
        console_putc(c);
    }
}

static void rub_out(void)
{
    int c = line[--line_len];
    int width = c < 0x20 && c != '\t' ? 2 : 1;
    while (echoing() && width-- > 0)
        console_puts("\b \b");
}

/* ---- one input character ---- */

/* Sends sig to the foreground job (signal.c): the group a user program chose with
 * tcsetpgrp, else the group of the job the shell runs. A job that leaves sig at its
 * default action is ended at once with the kernel's message (proc_kill); one that
 * catches or ignores it goes on. */
void tty_signal_foreground(int sig)
{
    struct proc *p = foreground > 0 ? proc_by_pid(foreground) : 0;
    if (foreground == FG_ALL_JOBS) {
        for (int i = 2; i < NPROC; i++)
            if (proc_table[i].state != P_FREE && proc_table[i].state != P_ZOMBIE)
                proc_kill(proc_table[i].pid);
        return;
    }
    if (foreground_pgrp > 0 && (!p || foreground_pgrp != p->pgid)
        && proc_signal_foreground(sig) > 0)
        return;
    if (p && !p->kernel && p->state != P_ZOMBIE) {
        int lethal = signal_default_kills(p, sig);
        proc_signal_group(p->pgid, sig);
        if (lethal)
            proc_kill(p->pid);
        return;
    }
    interrupted = 1;                       /* the shell: a fresh prompt */
    wakeup(CHAN_CONSOLE);
}

static void canonical(int c)
{
    if (c == modes.c_cc[VEOF]) {
        if (line_len == 0 && !overlong)
            enqueue(MARK_EOF);
        commit_line();
    } else if (c == modes.c_cc[VERASE] || c == KEY_BS) {
        if (line_len > 0)
            rub_out();
    } else if (c == modes.c_cc[VKILL]) {
        while (line_len > 0)
            rub_out();
    } else if (c == modes.c_cc[VWERASE]) {
        while (line_len > 0 && (line[line_len - 1] == ' ' || line[line_len - 1] == '\t'))
            rub_out();
        while (line_len > 0 && line[line_len - 1] != ' ' && line[line_len - 1] != '\t')
            rub_out();
    } else if (c == '\n') {
        echo_char(c);
        if (overlong) {
            kprintf("[kernel] input line longer than %d characters ignored\n",
                    TTY_LINE_MAX - 1);
            overlong = 0;
            line_len = 0;
            return;
        }
        line[line_len++] = c;
        commit_line();
    } else if (line_len < TTY_LINE_MAX - 1) {
        line[line_len++] = c;
        echo_char(c);
    } else if (source == term_dev) {
        console_putc(7);                   /* typing past the end: bell, dropped */
    } else {
        overlong = 1;                      /* a piped line: refused whole */
        line_len = 0;
    }
}

static void input_char(int c)
{
    if (c == '\r' && (modes.c_iflag & ICRNL))
        c = '\n';
    if ((modes.c_lflag & ISIG) && c != 0
        && (c == modes.c_cc[VINTR] || c == modes.c_cc[VSUSP])) {
        echo_char(c);
        echo_char('\n');
        line_len = 0;
        overlong = 0;
        q_count = 0;
        tty_signal_foreground(c == modes.c_cc[VINTR] ? SIGINT : SIGTSTP);
        return;
    }
    if (modes.c_lflag & ICANON) {
        canonical(c);
        return;
    }
    enqueue(c);
    echo_char(c);
    wakeup(CHAN_CONSOLE);
}

/* ---- the devices ---- */

void tty_start_read(void)
{
    int *w = (int *)source;
    if (read_pending || input_ended || !source)
        return;
    read_pending = 1;
    w[QPU_BUF_CONTROL] = QPU_BUF_READ;
    if (w[QPU_BUF_CONTROL] != QPU_BUF_PENDING)   /* leftover: completed at once */
        tty_input_done();
}

/* End of a line of debug input: its newline, unless ^C or ^D ended it already. */
static void end_of_piece_line(int last)
{
    if (last == modes.c_cc[VEOF] && (modes.c_lflag & ICANON))
        return;
    if ((last == modes.c_cc[VINTR] || last == modes.c_cc[VSUSP]) && (modes.c_lflag & ISIG))
        return;
    input_char('\n');
}

/* A READ completed (interrupt 4 or 5, or found complete by tty_poll). Debug input gives
 * a line in pieces of at most the buffer's capacity: after a full piece a new READ
 * tells whether more of the same line follows (leftover data completes it at once). */
void tty_input_done(void)
{
    int *w = (int *)source;
    int n, last = '\n';
    if (!read_pending)
        return;
    read_pending = 0;
    if (w[QPU_BUF_CONTROL] != QPU_BUF_READY) {
        input_ended = 1;
        if (line_len > 0 && (modes.c_lflag & ICANON))
            commit_line();                 /* an unterminated last line */
        wakeup(CHAN_CONSOLE);
        return;
    }
    n = w[QPU_BUF_SIZE];
    if (n > w[QPU_BUF_CAPACITY])
        n = w[QPU_BUF_CAPACITY];
    for (int i = 0; i < n; i++) {
        last = w[QPU_BUF_DATA + i];
        input_char(last);
    }
    wakeup(CHAN_CONSOLE);                  /* readers look again (or ask for more) */
    if (source == term_dev) {
        tty_start_read();
        return;
    }
    if (n == w[QPU_BUF_CAPACITY]) {
        read_pending = 1;                  /* more of this line, or the next line */
        w[QPU_BUF_CONTROL] = QPU_BUF_READ;
        if (w[QPU_BUF_CONTROL] != QPU_BUF_PENDING) {
            tty_input_done();              /* (recursion: one per 253 characters) */
            return;
        }
    }
    end_of_piece_line(last);
}

/* A completion while interrupts were masked raised no interrupt. */
void tty_poll(void)
{
    int *w = (int *)source;
    if (read_pending && w[QPU_BUF_CONTROL] != QPU_BUF_PENDING)
        tty_input_done();
}

/* ---- readers ---- */

void tty_set_foreground(int pid)
{
    foreground = pid;
    tty_unsettle();
}

/* Whether p may read the terminal: the built-in shell, the foreground process group
 * (tcsetpgrp, or the group of the job pid 1 waits for), the foreground job and its
 * descendants that stayed in its group. Others (background jobs) get end of file, as
 * from a terminal they have lost. */
static int may_read(struct proc *p)
{
    if (p->kernel)
        return 1;
    if (foreground_pgrp > 0)
        return p->pgid == foreground_pgrp;
    for (int depth = 0; p && !p->kernel && depth < NPROC; depth++) {
        if (foreground > 0 && p->pid == foreground)
            return 1;
        p = proc_by_pid(p->parent);
    }
    return 0;
}

/* ---- reading ahead (debug input) ----
 * Keys from the terminal device are taken as they are typed. Debug input is a pipe or a
 * file whose whole script is there at once: reading it all ahead would act on every
 * 0x03 at boot. So the next line is read ahead only when the queue is empty and the
 * running job has had time to act on the last one: when every task sleeps (the idle
 * task runs), or when the timer has found processes of the foreground job running
 * their own code SETTLE_TICKS times since input was last taken, a process forked or
 * started a program, or the foreground job changed or was continued.
 * A 0x03 in that line then interrupts the job at once, as ^C typed then would; lines
 * keep their order, since every reader takes them from the one queue. */

static int settle_ticks;      /* foreground ticks since the job last changed */

static int in_foreground(struct proc *p)
{
    struct proc *job = foreground > 0 ? proc_by_pid(foreground) : 0;
    if (foreground == FG_ALL_JOBS)
        return 1;
    if (foreground_pgrp > 0 && p->pgid == foreground_pgrp)
        return 1;
    return job != 0 && p->pgid == job->pgid;
}

void tty_unsettle(void)
{
    settle_ticks = 0;
}

void tty_read_ahead(struct proc *running)
{
    if (running && in_foreground(running))
        settle_ticks++;
    if (source != debug_in || q_count > 0)
        return;
    if (running && settle_ticks < SETTLE_TICKS)
        return;
    tty_start_read();
}

/* Copies ready input: in canonical mode at most one line (up to and including its
 * newline). Returns the count, 0 at end of file, -EINTR after ^C at the shell's prompt,
 * or -1 when the caller must sleep on CHAN_CONSOLE. */
int console_read(char *dst, int len)
{
    int n = 0;
    if (!may_read(current))
        return 0;
    if (interrupted && current->kernel) {
        interrupted = 0;
        return -EINTR;
    }
    if (q_count > 0 && queue[q_head] == MARK_EOF) {
        dequeue();
        return 0;
    }
    while (n < len && q_count > 0 && queue[q_head] != MARK_EOF) {
        int c = dequeue();
        dst[n++] = c;
        if (c == '\n' && (modes.c_lflag & ICANON))
            break;
    }
    if (n > 0) {
        tty_unsettle();                    /* it acts on this input: no read ahead */
        return n;
    }
    if (input_ended)
        return 0;
    tty_start_read();
    if (q_count > 0 || input_ended)
        return console_read(dst, len);
    return -1;
}

/* Whether input has ended for good (not just one ^D). */
int tty_input_ended(void)
{
    return input_ended && q_count == 0;
}

/* ---- modes ---- */

/* Debug input is never echoed (the host showed it): the modes say so, so that a
 * program such as /bin/sh edits lines itself only on a terminal that echoes. */
void tty_get_modes(struct termios *t)
{
    kmemcpy((int *)t, (int *)&modes, sizeof(struct termios));
    if (source != term_dev)
        t->c_lflag &= ~ECHO;
}

void tty_set_modes(const struct termios *t, int flush)
{
    int was_canonical = modes.c_lflag & ICANON;
    kmemcpy((int *)&modes, (const int *)t, sizeof(struct termios));
    if (flush) {
        q_count = 0;
        line_len = 0;
    }
    if (was_canonical && !(modes.c_lflag & ICANON) && line_len > 0) {
        for (int i = 0; i < line_len; i++)  /* an unfinished line becomes raw input */
            enqueue(line[i]);
        line_len = 0;
    }
    wakeup(CHAN_CONSOLE);
}

/* tcattr(fd, op, struct termios *): op 0 reads the modes, 1 sets them, 2 sets them and
 * drops unread input. ENOTTY unless fd is the console. */
int sys_tcattr(int fd, int op, int termios_va)
{
    struct termios t;
    struct file *f = fd >= 0 && fd < NOFILE ? current->files[fd] : 0;
    int words = sizeof(struct termios);
    if (!f)
        return -EBADF;
    if (f->type != F_CONSOLE)
        return -ENOTTY;
    if (op < 0 || op > 2)
        return -EINVAL;
    if (op == 0) {
        tty_get_modes(&t);
        return vm_copyout(current, termios_va, (int *)&t, words) < 0 ? -EFAULT : 0;
    }
    if (vm_copyin(current, (int *)&t, termios_va, words) < 0)
        return -EFAULT;
    tty_set_modes(&t, op == 2);
    return 0;
}
