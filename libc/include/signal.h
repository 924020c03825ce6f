/* signal.h - signals, as far as one program can have them: there is no way for the
 * kernel or another process to deliver one, so the only signals are those the program
 * raises itself (raise, and abort's SIGABRT). A handler set with signal() is called by
 * raise and stays installed; the default action flushes the streams and ends the
 * program with status 128 + the signal number. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

typedef int sig_atomic_t;
typedef void (*__sighandler_t)(int);

#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN ((__sighandler_t)1)
#define SIG_ERR ((__sighandler_t)-1)

#define SIGINT   2
#define SIGILL   4
#define SIGABRT  6
#define SIGFPE   8
#define SIGSEGV 11
#define SIGTERM 15
#define NSIG    32

__sighandler_t signal(int sig, __sighandler_t handler);
int raise(int sig);

#endif
