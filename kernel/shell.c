/* shell.c - the shell, a kernel task (docs/kernel.md). It runs with interrupts enabled
 * like any process, so it touches kernel state only through system calls: kcall() for
 * the blocking ones (reading a line, waiting for a job) and KCALL_ATOMIC, which runs one
 * of the command functions below inside the trap, masked. */
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include "kernel.h"

#define LINE 1024           /* the tty's longest line (tty.c), its newline included */
#define MAX_WORDS 128

typedef int (*command_fn)(int argc, char **argv);

static int atomic(command_fn fn, int argc, char **argv)
{
    return kcall(KCALL_ATOMIC, (int)fn, argc, (int)argv);
}

void shell_say_error(const char *what, int err)
{
    static const char *names[40];
    names[ENOENT] = "no such file or directory";
    names[ENOTDIR] = "not a directory";
    names[EISDIR] = "is a directory (or not empty)";
    names[EEXIST] = "file exists";
    names[ENOSPC] = "disk full";
    names[ENOMEM] = "out of memory";
    names[EAGAIN] = "too many processes";
    names[ENOEXEC] = "not an executable";
    names[ENAMETOOLONG] = "name too long";
    names[EBUSY] = "file is busy";
    names[ESRCH] = "no such process";
    names[E2BIG] = "argument list too long";
    names[ENODEV] = "no file system";
    names[EINVAL] = "invalid name (printable ASCII only)";
    names[EIO] = "disk error";
    err = -err;
    kprintf("%s: %s\n", what, err > 0 && err < 40 && names[err] ? names[err] : "error");
}

/* ---- commands (run inside the trap through atomic()) ---- */

static int abs_path(const char *path, char *out)
{
    return path_join(current->cwd, path, out);
}

static int cmd_help(int argc, char **argv)
{
    (void)argc, (void)argv;
    kprintf("commands: help ls cd pwd cat echo touch mkdir rm ps kill fg bg verbose exit\n"
            "          run PATH [ARGS...] [&]  (or a program name from /bin)\n");
    return 0;
}

static int list_dir(const char *arg)
{
    char path[PATH_MAX];
    struct fsnode dir;
    int e[QFS_ENTRY_WORDS], index = 0, r = abs_path(arg, path);
    if (r == 0)
        r = fs_lookup(path, &dir);
    if (r == 0 && !(dir.flags & QFS_FLAG_DIRECTORY))
        r = -ENOTDIR;
    if (r < 0) {
        shell_say_error(arg, r);
        return r;
    }
    while ((index = fs_dirent(&dir, index, e)) >= 0) {
        for (int k = 0; k < QFS_NAME_MAX && e[QFS_ENTRY_NAME + k]; k++)
            console_putc(e[QFS_ENTRY_NAME + k] & 0xFF);
        if (e[QFS_ENTRY_FLAGS] & QFS_FLAG_DIRECTORY)
            kprintf("/\n");
        else
            kprintf(" %d\n", e[QFS_ENTRY_SIZE]);
        index++;
    }
    return 0;
}

static int cmd_ls(int argc, char **argv)
{
    if (argc < 2)
        return list_dir(".");
    for (int i = 1; i < argc; i++)
        list_dir(argv[i]);
    return 0;
}

static int cmd_cd(int argc, char **argv)
{
    char path[PATH_MAX];
    struct fsnode n;
    const char *arg = argc > 1 ? argv[1] : "/";
    int r = abs_path(arg, path);
    if (r == 0)
        r = fs_lookup(path, &n);
    if (r == 0 && !(n.flags & QFS_FLAG_DIRECTORY))
        r = -ENOTDIR;
    if (r < 0)
        shell_say_error(arg, r);
    else
        kstrlcpy(current->cwd, path, PATH_MAX);
    return r;
}

static int cmd_pwd(int argc, char **argv)
{
    (void)argc, (void)argv;
    kprintf("%s\n", current->cwd);
    return 0;
}

static int cmd_cat(int argc, char **argv)
{
    char path[PATH_MAX], buf[128];
    struct fsnode n;
    for (int i = 1; i < argc; i++) {
        int r = abs_path(argv[i], path), pos = 0, got;
        if (r == 0)
            r = fs_lookup(path, &n);
        if (r == 0 && (n.flags & QFS_FLAG_DIRECTORY))
            r = -EISDIR;
        if (r < 0) {
            shell_say_error(argv[i], r);
            continue;
        }
        while ((got = fs_read(&n, pos, buf, 128)) > 0) {
            for (int k = 0; k < got; k++)
                console_putc(buf[k]);
            pos += got;
        }
    }
    return 0;
}

static int cmd_echo(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        kprintf(i > 1 ? " %s" : "%s", argv[i]);
    kprintf("\n");
    return 0;
}

static int make(int argc, char **argv, int flags, int exist_ok)
{
    char path[PATH_MAX];
    struct fsnode n;
    for (int i = 1; i < argc; i++) {
        int r = abs_path(argv[i], path);
        if (r == 0)
            r = fs_create(path, flags, &n);
        if (r < 0 && !(r == -EEXIST && exist_ok))
            shell_say_error(argv[i], r);
    }
    bflush();
    return 0;
}

static int cmd_touch(int argc, char **argv)
{
    return make(argc, argv, QFS_FLAGS_FILE, 1);
}

static int cmd_mkdir(int argc, char **argv)
{
    return make(argc, argv, QFS_FLAGS_DIR, 0);
}

static int cmd_rm(int argc, char **argv)
{
    char path[PATH_MAX];
    struct fsnode n;
    for (int i = 1; i < argc; i++) {
        int r = abs_path(argv[i], path);
        if (r == 0)
            r = fs_lookup(path, &n);
        if (r == 0 && file_busy(&n))
            r = -EBUSY;
        if (r == 0)
            r = fs_remove(path);
        if (r < 0)
            shell_say_error(argv[i], r);
    }
    bflush();
    return 0;
}

static int cmd_ps(int argc, char **argv)
{
    (void)argc, (void)argv;
    proc_list();
    return 0;
}

static int cmd_kill(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        int ok, pid = katoi(argv[i], &ok);
        int r = ok ? proc_kill(pid) : -ESRCH;
        if (r < 0)
            shell_say_error(argv[i], r);
    }
    return 0;
}

static int cmd_verbose(int argc, char **argv)
{
    if (argc == 2 && kstrcmp(argv[1], "on") == 0)
        kernel_verbose = 1;
    else if (argc == 2 && kstrcmp(argv[1], "off") == 0)
        kernel_verbose = 0;
    else
        kprintf("usage: verbose on|off\n");
    if (kernel_verbose)
        kprintf("[kernel] %d free pages, %d free sectors\n"
                "[kernel] %d timer interrupts taken in user tasks\n",
                page_free_count(), fs_free_sectors(), user_timer_ticks);
    return 0;
}

static int cmd_exit(int argc, char **argv)
{
    (void)argc, (void)argv;
    machine_halt(0);
    return 0;
}

/* Background jobs still running (children of the shell). */
static int running_jobs(int argc, char **argv)
{
    int n = 0;
    (void)argc, (void)argv;
    for (int i = 2; i < NPROC; i++)
        if (proc_table[i].state != P_FREE && proc_table[i].state != P_ZOMBIE &&
            proc_table[i].parent == current->pid)
            n++;
    return n;
}

static int say_waiting(int n, char **unused)
{
    (void)unused;
    for (int i = 2; i < NPROC; i++)           /* stopped jobs would never end */
        if (proc_table[i].parent == current->pid)
            signal_orphan_stopped(&proc_table[i]);
    kprintf("[shell] waiting for %d background job%s to end (^C stops them)\n", n,
            n == 1 ? "" : "s");
    return 0;
}

static int set_foreground(int pid, char **unused)
{
    (void)unused;
    tty_set_foreground(pid);
    return 0;
}

static int input_over(int argc, char **argv)
{
    (void)argc, (void)argv;
    return tty_input_ended();
}

/* `exit` and end of input: the machine halts only when the background jobs are done,
 * so that their output is not cut short; ^C while waiting ends them (FG_ALL_JOBS), and
 * stopped ones get SIGHUP and SIGCONT. */
static void leave(void)
{
    int n = atomic(running_jobs, 0, 0), status;
    if (n > 0) {
        atomic(say_waiting, n, 0);
        atomic(set_foreground, FG_ALL_JOBS, 0);
        while (kcall(SYS_wait, -1, (int)&status, 0) > 0)
            ;
        atomic(set_foreground, 0, 0);
    }
    atomic(cmd_exit, 0, 0);
}

/* Starts argv[0] (a path, or a name looked up in /bin, with or without .qbin). */
static int start_program(int argc, char **argv)
{
    char path[PATH_MAX], alt[PATH_MAX];
    struct fsnode n;
    const char *name = argv[0];
    int r, has_slash = 0;
    for (const char *c = name; *c; c++)
        has_slash |= *c == '/';
    r = has_slash ? abs_path(name, path) : path_join("/bin", name, path);
    if (r == 0 && !has_slash && fs_lookup(path, &n) == -ENOENT) {
        kstrlcpy(alt, path, PATH_MAX - 5);
        int len = kstrlen(alt);
        kstrlcpy(alt + len, ".qbin", 6);
        kstrlcpy(path, alt, PATH_MAX);
    }
    if (r == 0 && argc > MAX_ARGS)
        r = -E2BIG;
    if (r == 0)
        r = proc_spawn(path, argc, argv);
    if (r < 0)
        shell_say_error(name, r);
    return r;
}

/* Collects background jobs that ended. */
static int reap(int argc, char **argv)
{
    (void)argc, (void)argv;
    for (int i = 2; i < NPROC; i++) {
        struct proc *c = &proc_table[i];
        if (c->state == P_ZOMBIE && c->parent == current->pid) {
            kprintf("[%d] done, status %d\n", c->pid, c->exit_status);
            c->state = P_FREE;
        }
    }
    return 0;
}

static int announce(int pid, char **unused)
{
    (void)unused;
    kprintf("[%d] started\n", pid);
    return 0;
}

static int report(int status, char **unused)
{
    (void)unused;
    kprintf("exit status %d\n", status);
    return 0;
}

/* ---- the command loop ---- */

static const struct { const char *name; command_fn fn; } builtins[] = {
    { "help", cmd_help }, { "ls", cmd_ls }, { "cd", cmd_cd }, { "pwd", cmd_pwd },
    { "cat", cmd_cat }, { "echo", cmd_echo }, { "touch", cmd_touch },
    { "mkdir", cmd_mkdir }, { "rm", cmd_rm }, { "ps", cmd_ps }, { "kill", cmd_kill },
    { "verbose", cmd_verbose },
};

/* Words separated by blanks; -1 if there are more than MAX_WORDS. */
static int split(char *line, char **argv)
{
    int argc = 0;
    while (*line) {
        while (*line == ' ' || *line == '\t' || *line == '\n' || *line == '\r')
            *line++ = 0;
        if (!*line)
            break;
        if (argc == MAX_WORDS)
            return -1;
        argv[argc++] = line;
        while (*line && *line != ' ' && *line != '\t' && *line != '\n' && *line != '\r')
            line++;
    }
    argv[argc] = 0;
    return argc;
}

/* A job the shell waits for owns the terminal from its first instruction: made the
 * foreground job in the same atomic step that starts it, so an early read is not taken
 * for a background job's. */
static int start_foreground(int argc, char **argv)
{
    int pid = start_program(argc, argv);
    if (pid > 0)
        tty_set_foreground(pid);
    return pid;
}

/* ---- job control: ^Z stops the foreground job, fg and bg continue it ---- */

static int job_stopped(int pid, char **unused)
{
    struct proc *p = proc_by_pid(pid);
    (void)unused;
    return p && p->state == P_STOPPED;
}

static int say_stopped(int pid, char **unused)
{
    (void)unused;
    kprintf("[%d] stopped (`fg %d` or `bg %d` continues it)\n", pid, pid, pid);
    return 0;
}

/* Waits for the foreground job until it ends or stops. */
static void wait_foreground(int pid)
{
    int status = 0;
    kcall(SYS_wait, pid, (int)&status, 0);
    atomic(set_foreground, 0, 0);
    if (atomic(job_stopped, pid, 0))
        atomic(say_stopped, pid, 0);
    else if (status != 0 && status != -1)     /* -1: killed, the kernel said why */
        atomic(report, status, 0);
}

/* fg PID, bg PID: SIGCONT to the group of a job of the shell (stopped, or running in
 * the background); fg makes it the foreground job first. The pid, or -1. */
static int continue_job(int argc, char **argv)
{
    int ok = 0, pid = argc == 2 ? katoi(argv[1], &ok) : 0;
    struct proc *p = ok ? proc_by_pid(pid) : 0;
    if (argc != 2) {
        kprintf("usage: %s PID\n", argv[0]);
        return -1;
    }
    if (!p || p->kernel || p->parent != current->pid || p->state == P_ZOMBIE) {
        kprintf("%s: %s: no such job\n", argv[0], argv[1]);
        return -1;
    }
    if (argv[0][0] == 'f')
        tty_set_foreground(pid);
    else
        kprintf("[%d] continued\n", pid);
    proc_signal_group(p->pgid, SIGCONT);
    return pid;
}

static void run(int argc, char **argv)
{
    int background = 0, pid;
    if (kstrcmp(argv[argc - 1], "&") == 0) {
        background = 1;
        argv[--argc] = 0;
    }
    if (argc > 0 && kstrcmp(argv[0], "run") == 0) {
        argv++;
        argc--;
    }
    if (argc == 0) {
        atomic(cmd_help, 0, argv);
        return;
    }
    pid = atomic(background ? start_program : start_foreground, argc, argv);
    if (pid < 0)
        return;
    if (background) {
        atomic(announce, pid, 0);
        return;
    }
    wait_foreground(pid);
}

static int say_too_many(int argc, char **argv)
{
    (void)argc, (void)argv;
    kprintf("shell: more than %d words: line ignored\n", MAX_WORDS);
    return 0;
}

static void execute(char *line)
{
    static char *argv[MAX_WORDS + 1];
    int argc = split(line, argv);
    if (argc < 0)
        atomic(say_too_many, 0, 0);
    if (argc <= 0)
        return;
    if (kstrcmp(argv[0], "exit") == 0)
        leave();
    if (kstrcmp(argv[0], "fg") == 0 || kstrcmp(argv[0], "bg") == 0) {
        int pid = atomic(continue_job, argc, argv);
        if (pid > 0 && argv[0][0] == 'f')
            wait_foreground(pid);
        return;
    }
    for (int i = 0; i < (int)(sizeof builtins / sizeof builtins[0]); i++) {
        if (kstrcmp(argv[0], builtins[i].name) == 0) {
            atomic(builtins[i].fn, argc, argv);
            return;
        }
    }
    run(argc, argv);
}

static int say_too_long(int argc, char **argv)
{
    (void)argc, (void)argv;
    kprintf("shell: line longer than %d characters ignored\n", LINE - 1);
    return 0;
}

static int say_use_exit(int argc, char **argv)
{
    (void)argc, (void)argv;
    kprintf("\n(use `exit` to halt the machine)\n");
    return 0;
}

/* Reads one whole line into line[] (NUL-terminated, newline kept). Returns its length,
 * 0 at an end of file, -1 after ^C, -2 if it was too long (then read to its end and
 * dropped). A line without a newline at the end of input counts as a line. */
static int read_line(char *line)
{
    int len = 0, too_long = 0;
    for (;;) {
        int room = LINE - len, n;
        if (room == 0) {                  /* a long line is dropped whole */
            too_long = 1;
            len = 0;
            room = LINE;
        }
        n = kcall(SYS_read, 0, (int)(line + len), room);
        if (n < 0)
            return -1;
        if (n == 0)
            return too_long ? -2 : len;
        len += n;
        if (line[len - 1] == '\n')
            break;
    }
    line[len] = 0;
    return too_long ? -2 : len;
}

void shell_main(void)
{
    static char line[LINE + 1];
    for (;;) {
        atomic(reap, 0, 0);
        kcall(SYS_write, 1, (int)"$ ", 2);
        int n = read_line(line);
        if (n == -1) {
            continue;                     /* ^C at the prompt: a fresh one */
        } else if (n == -2) {
            atomic(say_too_long, 0, 0);
        } else if (n == 0) {
            if (atomic(input_over, 0, 0))
                break;
            atomic(say_use_exit, 0, 0);   /* ^D typed at the prompt */
        } else {
            execute(line);
        }
    }
    kcall(SYS_write, 1, (int)"\n", 1);
    leave();
}
