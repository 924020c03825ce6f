/* tests.h - every test of usertests (tests.c lists them in the order they run). */
#ifndef TESTS_H
#define TESTS_H

#include <stdio.h>

int test_getppid(void);
int test_fork_wait(void);
int test_fork_copies(void);
int test_fork_chain(void);
int test_exec_status(void);
int test_exec_env(void);
int test_exec_big_args(void);
int test_exec_errors(void);
int test_spawnve(void);
int test_posix_spawn(void);
int test_waitpid_nohang(void);
int test_orphan(void);
int test_process_groups(void);
int test_fork_exhaustion(void);
int test_procinfo(void);
int test_pipe_basic(void);
int test_pipe_64k(void);
int test_pipe_reader_exits(void);
int test_pipeline(void);
int test_dup(void);
int test_shared_offset(void);
int test_cloexec(void);
int test_fd_exhaustion(void);
int test_kill_default(void);
int test_raise_handler(void);
int test_handler_in_blocked_call(void);
int test_eintr(void);
int test_stop_continue(void);
int test_tstp_handler(void);
int test_stop_blocked_read(void);
int test_orphan_stopped(void);
int test_sigprocmask(void);
int test_sigchld(void);
int test_handler_registers(void);
int test_stack_growth(void);
int test_stack_overflow(void);
int test_sbrk_exhaustion(void);
int test_malloc_big(void);
int test_bad_pointers(void);
int test_shared_writes(void);
int test_append_two_writers(void);
int test_directories(void);
int test_cwd_inherited(void);

#endif
