/* usertests.h - what the parts of usertests share: the test table, the checks, the
 * helper modes. A test returns 0 when it passed; CHECK reports the failing line. */
#ifndef USERTESTS_H
#define USERTESTS_H

#include <sys/types.h>

struct usertest {
    const char *name;
    int (*fn)(void);
};
extern const struct usertest usertests[];      /* tests.c, ended by { 0, 0 } */

void say(const char *fmt, ...);                 /* unbuffered, so fork copies nothing */
int failed_at(int line, const char *what);
#define CHECK(cond) do { if (!(cond)) return failed_at(__LINE__, #cond); } while (0)

#define SELF "/bin/usertests.qbin"
int helper_main(int argc, char **argv);         /* helpers.c: usertests --JOB ... */
int run_helper(char *const argv[], char *const envp[]);  /* fork, exec SELF, wait: status */

/* children.c */
pid_t spin_child(void);                         /* a forked child that yields for ever */
int await_blocked(int ready_fd);                /* read the child's byte, let it block */

#endif
