/* kernel.h - the kernel's one internal header, in sections per source file (xv6 defs.h
 * style). Everything here is compiled by qcc-lite --target=kernel: words everywhere, and
 * addresses are physical (the kernel runs with the MMU off). docs/kernel.md describes
 * the design. */
#ifndef KERNEL_H
#define KERNEL_H

#include "platform.h"
#include "qfs.h"

#define MEMORY_WORDS   QPU_DEFAULT_MEMORY_WORDS
#define PAGE_WORDS     1024
#define NPROC          32
#define NOFILE         16     /* open files per process */
#define NFILE          64     /* open files in the system */
#define PATH_MAX       128    /* words of a path, with its terminator */
#define ARG_MAX        1024   /* words of the kernel shell's argument strings */
#define MAX_ARGS       32
#define ARG_BLOCK_MAX  0x20000   /* words of exec's argument block: strings and pointers */
#define MAX_REGIONS    32     /* MMU records per process */
#define MAX_RUNS       32     /* physical page runs per process */
#define USER_BASE      0x1000
#define STACK_TOP      0x01000000
#define STACK_PAGES    4      /* initial stack; it grows on demand */
#define STACK_MAX      0x100000  /* words: the most the stack may grow to (1 Mi) */
#define STACK_GUARD    (STACK_TOP - STACK_MAX - PAGE_WORDS)  /* never mapped */
#define NSIG_KERNEL    32
#define TIMER_MS       10     /* scheduling quantum */
#define IDLE_POLL_MS   50     /* idle without the terminal device: input polling */
#define PROC_NAME_MAX  24

/* Registers as the machine saves them at 0x002..0x042 */
#define NREGS          65
#define REG_IP         64
#define REG_SP         63

/* ---- copy.s and lib.c: small freestanding helpers ---- */
void kmemcpy(int *dst, const int *src, int n);
void kmemset(int *dst, int value, int n);
void kpagecopy(int *dst, const int *src, int n);   /* pagecopy.s: n a multiple of 8 */
int kstrlen(const char *s);
int kstrcmp(const char *a, const char *b);
void kstrlcpy(char *dst, const char *src, int size);
int katoi(const char *s, int *ok);

/* ---- console.c: console output ---- */
void console_init(void);
void console_putc(int c);
void console_puts(const char *s);
void console_flush(void);
void kprintf(const char *fmt, ...);
extern int kernel_verbose;
#define trace(...) do { if (kernel_verbose) kprintf(__VA_ARGS__); } while (0)

/* ---- tty.c: terminal input and its line discipline ---- */
struct termios;
struct proc;
void tty_init(void);
int tty_has_terminal(void);              /* the terminal device (keys as typed) exists */
int console_read(char *dst, int len);    /* chars, 0 at end, -EINTR, -1 if it must block */
void tty_start_read(void);
void tty_input_done(void);               /* interrupt 4 or 5 */
void tty_poll(void);
int tty_input_ended(void);               /* input is over for good */
void tty_set_foreground(int pid);        /* the job ^C interrupts; 0: the shell */
#define FG_ALL_JOBS (-2)                 /* ^C ends every user process (shell exit) */
void tty_signal_foreground(int sig);
void tty_read_ahead(struct proc *running);  /* timer tick in user mode, or idle (0) */
void tty_unsettle(void);                 /* input taken, fork, exec, fg: no read ahead yet */
void tty_get_modes(struct termios *t);
void tty_set_modes(const struct termios *t, int flush);
int sys_tcattr(int fd, int op, int termios_va);

/* ---- devices.c: the device table, timer, clock, halting ---- */
int device_find(int id);                 /* window base, or 0 */
void devices_init(void);
void timer_arm(void);
void timer_stop(void);
void timer_idle(void);                   /* the idle task's timer */
void timer_pause(void);
void timer_resume(void);
int clock_ms(void);
void machine_halt(int status);
void panic(const char *why);
extern int mmu_io;
extern int debug_out, debug_in, block_dev;

/* ---- page.c: physical pages ---- */
void page_init(int first_free);
int page_alloc(int npages);              /* physical address of a run, 0 if none */
int page_extend(int pa, int npages, int more);  /* grow a run in place: 1 if done */
void page_free(int pa, int npages);
int page_free_count(void);

/* ---- proc.c: processes ---- */
enum { P_FREE, P_RUNNABLE, P_SLEEPING, P_ZOMBIE, P_STOPPED };
struct region { int va; int pa; int size; int flags; };   /* = one MMU list record */
struct run { int pa; int pages; };
struct file;
struct proc {
    int regs[NREGS];          /* r0..r63, ip: the layout of 0x002..0x042 */
    int mmu_count;            /* the MMU list table: count, then the records */
    struct region regions[MAX_REGIONS];
    int state;
    int pid;
    int parent;
    int kernel;               /* kernel task: runs untranslated */
    int chan;                 /* what a sleeping process waits for */
    int wake_ms;              /* sleep(): clock value to wake at, or 0 */
    int exit_status;
    int brk;                  /* end of the heap */
    int heap_end;             /* end of the mapped heap */
    struct run runs[MAX_RUNS];
    int nruns;
    struct file *files[NOFILE];
    char cwd[PATH_MAX];
    char name[PROC_NAME_MAX + 1];
    int ticks;                /* timer interrupts taken while it ran */
    int started_ms;           /* clock when it was last given the CPU */
    int cpu_ms;               /* CPU time used before that (ps, procinfo) */
    /* processes, signals, pipes (fork.c, exec.c, signal.c, pipe.c, sys_proc.c) */
    int fd_flags[NOFILE];     /* FD_CLOEXEC per descriptor */
    int pgid;                 /* process group */
    int orphan;               /* re-parented to pid 1, which reaps it silently */
    int wait_status;          /* POSIX-encoded status for waitpid (<sys/wait.h>) */
    int sig_pending;          /* bit n: signal n is pending */
    int sig_blocked;          /* bit n: signal n is blocked (sigprocmask, handlers) */
    int sig_handler[NSIG_KERNEL];  /* user address, 0 = default, 1 = ignore */
    int sig_flags[NSIG_KERNEL];
    int sig_mask[NSIG_KERNEL];     /* blocked while the handler runs */
    int sig_restorer;         /* user code that makes the sigreturn call */
    int io_done;              /* words a blocking pipe write has already moved */
    int blocked_call;         /* slept in a system call that runs again (sleep_on) */
    int stop_event;           /* for waitpid: a stop (0x7F | sig << 8) or continue
                                 (0xFFFF) not yet reported, else 0 (signal.c) */
};
extern struct proc proc_table[NPROC];
extern struct proc *current;
extern int need_resched;
void proc_init(void);
struct proc *proc_alloc(void);
struct proc *proc_by_pid(int pid);
void proc_exit(struct proc *p, int status);
int proc_kill(int pid);
void proc_list(void);
void sleep_on(int chan);                 /* current sleeps; its call runs again */
void wakeup(int chan);
void wake_sleepers(int now);
void schedule(void);                     /* choose current */
#define CHAN_CONSOLE 1
#define CHAN_SLEEP   2
#define CHAN_CHILD(p) (0x10000 + (p)->pid)
#define CHAN_PIPE(i)  (0x20000 + (i))

/* ---- processes: exec.c, fork.c, signal.c, sys_proc.c ---- */
struct exec_args {               /* where exec's argv and envp come from */
    struct proc *from;           /* 0: kernel memory */
    int argv;                    /* address of a NULL-terminated vector, or 0 */
    int envp;                    /* likewise, 0 for an empty environment */
    int path0;                   /* argv == 0: the string used as argv[0] */
    int max_argc;                /* at most this many of argv (-1: all) */
};
int proc_load(struct proc *p, const char *path, struct exec_args *a);  /* 0 or -errno */
int proc_exec(struct proc *p, const char *path, struct exec_args *a);
int proc_spawn(const char *path, int argc, char **argv);  /* pid or -errno */
int proc_spawn_args(const char *path, struct exec_args *a); /* likewise */
int proc_fork(struct proc *parent);                 /* child pid or -errno */
void proc_exit_signal(struct proc *p, int sig, int announced);  /* killed by sig */
int proc_signal(struct proc *p, int sig);           /* post sig to p; 0 or -errno */
int proc_signal_group(int pgrp, int sig);           /* post to every member; count */
int proc_signal_foreground(int sig);                /* ^C: the foreground group */
extern int foreground_pgrp;                         /* 0: none chosen */
int signal_deliver(struct proc *p);                 /* before entering p: 1 if p died
                                                       or stopped */
int signal_default_kills(struct proc *p, int sig);  /* sig would end p (default action) */
void signal_orphan_stopped(struct proc *p);         /* its parent died: SIGHUP, SIGCONT */
void signal_exec_reset(struct proc *p);
int fd_alloc(struct proc *p, int from);             /* lowest free fd >= from, or -EMFILE */
void fd_close_on_exec(struct proc *p);
/* system calls 17..39 (their numbers in sys/syscall.h) */
int sys_wait(int, int, int);
int sys_fork(int, int, int);
int sys_execve(int, int, int);
int sys_waitpid(int, int, int);
int sys_getppid(int, int, int);
int sys_kill(int, int, int);
int sys_sigaction(int, int, int);
int sys_sigreturn(int, int, int);
int sys_sigprocmask(int, int, int);
int sys_pipe(int, int, int);
int sys_dup(int, int, int);
int sys_dup2(int, int, int);
int sys_fcntl(int, int, int);
int sys_setpgid(int, int, int);
int sys_getpgid(int, int, int);
int sys_tcsetpgrp(int, int, int);
int sys_tcgetpgrp(int, int, int);
int sys_freepages(int, int, int);
int sys_procinfo(int, int, int);
int sys_spawnve(int, int, int);

/* ---- pipe.c ---- */
int pipe_create(struct file **read_end, struct file **write_end);
int pipe_read(struct file *f, int buf, int len);
int pipe_write(struct file *f, int buf, int len);
void pipe_release(struct file *f);                  /* the last reference went */

/* ---- vm.c: address spaces and user memory ---- */
int vm_build(struct proc *p, int pa, int pages, int text_end, int data_start, int bss_end);
int vm_image_limit(void);
void vm_free(struct proc *p);
int vm_sbrk(struct proc *p, int increment);
int vm_check(struct proc *p, int va, int len, int flag);   /* 1 if every word is allowed */
int vm_copyin(struct proc *p, int *dst, int va, int len);
int vm_copyout(struct proc *p, int va, const int *src, int len);
int vm_copyinstr(struct proc *p, char *dst, int va, int max);
int vm_stack_push(struct proc *p, int *sp, const int *src, int len);
int vm_span(struct proc *p, int va, int flag, int *avail);
int vm_grow_stack(struct proc *p, int va);        /* 1 if va is now mapped stack */
int vm_stack_low(struct proc *p);                 /* lowest mapped stack address */
int vm_fork(struct proc *child, struct proc *parent);
int vm_transfer(struct proc *to, int to_va, struct proc *from, int from_va, int len);
int vm_fault_address(struct proc *p);            /* the word the faulting instruction used */
int vm_map(struct proc *p, int va, int pa, int size, int flags);  /* add a record */
void vm_unmap(struct proc *p, int va);    /* drop the record starting at va */

/* ---- display.c: the display and keypress devices (system calls 70..79) ---- */
void display_release(struct proc *p);     /* on exit: frees p's display, if it has it */
int sys_display_open(int info_va, int unused1, int unused2);
int sys_display_show(int frame, int unused1, int unused2);
int sys_display_close(int unused1, int unused2, int unused3);
int sys_display_keys(int keys_va, int unused1, int unused2);

/* ---- disk.c: the block device ---- */
int disk_init(void);
int disk_read(int lba, int count, int *buf);
int disk_write(int lba, int count, const int *buf);
void disk_flush(void);
int disk_sectors(void);

/* ---- bcache.c: cached sectors ---- */
int *bread(int sector);                  /* the cached words, 0 on a disk error */
int bprefetch(int first, int count);     /* one command for a run of sectors */
int *bnew(int sector);                   /* cached as zeros without reading */
void bdirty(int sector);                 /* changed: joins the open transaction */
void bforget(int sector);
void bflush(void);                       /* = log_sync() */
void bwrite_fresh(void);
int *blogged(int sector);
void bcommitted(void);
void breset(void);

/* ---- log.c: the write-ahead log (docs/qfs-log.md) ---- */
void log_add(int sector);
void log_stage(int sector, const int *words);
int log_unstage(int sector, int *words);
void log_drop(int sector);
void log_freed(int sector);
int log_was_freed(int sector);
int log_pending(void);
int log_room(void);
int log_capacity(void);
int *log_scratch(void);                 /* QFS_LOG_MAX sectors, at mount only */
int log_capacity_max(void);
void log_reserve(int need);
void log_commit(void);
void log_sync(void);                     /* everything so far reaches the disk */
void log_tick(int idle);                 /* end of a trap: commit when due */
int log_attach(int first, int (*next)(int));
int log_recover(int total);
int log_owns(int first);

/* ---- fs.c: QFS v2 ---- */
struct fsnode {                           /* where a file lives; file.c keeps one shared */
    int refs;                             /* copy per file in use (0 in a lookup's copy) */
    int dir_sector;                       /* sector of its directory entry, -1 for the root */
    int slot;
    int flags;
    int first;
    int size;
    int walk_k;                           /* the walk_k-th sector of the chain is */
    int walk_s;                           /* walk_s (0: not known) */
};
int fs_mount(void);
int fs_lookup(const char *abs_path, struct fsnode *out);
int fs_create(const char *abs_path, int flags, struct fsnode *out);
int fs_remove(const char *abs_path);
int fs_read(struct fsnode *n, int pos, char *dst, int len);
int fs_read_words(struct fsnode *n, int *dst, int nwords);
int fs_write(struct fsnode *n, int pos, const char *src, int len);
int fs_truncate(struct fsnode *n);
int fs_resize(struct fsnode *n, int length);      /* ftruncate: cut or zero-extend */
int fs_dirent(struct fsnode *dir, int index, int *entry_out);  /* next live entry index */
int fs_free_sectors(void);
int fs_unlink(const char *abs_path, int want_dir);   /* 0 file, 1 directory, -1 either */
int fs_rename(const char *old_path, const char *new_path);
int fs_chain_length(struct fsnode *n);
int fs_is_root(struct fsnode *n);
int path_join(const char *cwd, const char *path, char *out);     /* normalised, -errno */

/* ---- file.c: open files ---- */
enum { F_CONSOLE = 1, F_FILE = 2, F_DIR = 3, F_PIPE = 4 };
struct pipe;
struct file {
    int type;
    int refs;
    int mode;
    int pos;
    struct fsnode *node;                  /* F_FILE, F_DIR: the shared node (file.c) */
    struct pipe *pipe;                    /* F_PIPE: the pipe; mode says which end */
};
void file_init(void);
struct file *file_console(void);
struct file *file_dup(struct file *f);
struct file *file_alloc(void);           /* a free slot with one reference, or 0 */
void file_close(struct file *f);
int file_open(const char *abs_path, int flags, struct file **out);
int file_busy(struct fsnode *n);
struct fsnode *node_find(int dir_sector, int slot);   /* the shared node, or 0 */
void node_moved(int old_sector, int old_slot, int new_sector, int new_slot);

/* ---- sys_file.c: the file and directory system calls 40..59 ---- */
int user_path(int va, char *abs);        /* syscall.c: a user path made absolute */
int user_lookup(int va, char *abs, struct fsnode *n); /* syscall.c: and its node */
struct file *fd_file(int fd);            /* syscall.c: the open file of fd, or 0 */
int sys_stat(int path_va, int st_va, int unused);
int sys_fstat(int fd, int st_va, int unused);
int sys_mkdir(int path_va, int unused1, int unused2);
int sys_rmdir(int path_va, int unused1, int unused2);
int sys_unlink(int path_va, int unused1, int unused2);
int sys_rename(int old_va, int new_va, int unused);
int sys_getcwd(int buf_va, int size, int unused);
int sys_chdir(int path_va, int unused1, int unused2);
int sys_fsync(int fd, int unused1, int unused2);
int sys_sync(int unused1, int unused2, int unused3);
int sys_ftruncate(int fd, int length, int unused);

/* ---- syscall.c ---- */
void syscall(struct proc *p);
int kcall(int number, int a, int b, int c);   /* trampoline.s: a kernel task's system call */
#define KCALL_ATOMIC 0x100                      /* kernel tasks only: run fn(a, b) masked */

/* ---- trap.c ---- */
void trap(int n);
void trap_start(void);
extern int user_timer_ticks;
void trap_return(void);                   /* trampoline.s */
void idle_task(void);                     /* trampoline.s */
void trap_fault(void);
void trap_timer(void);
void trap_input(void);
void trap_terminal(void);
void trap_syscall(void);

/* ---- shell.c, init.c ---- */
void shell_main(void);                    /* the built-in shell: never returns */
void shell_say_error(const char *what, int err);   /* "what: reason" for -errno */
void init_main(void);                     /* pid 1: runs /bin/sh, else shell_main */

#endif
