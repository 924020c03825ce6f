/* tests.c - the table of usertests: adding a test is one function and one line. */
#include "usertests.h"
#include "tests.h"

const struct usertest usertests[] = {
    { "getppid", test_getppid },
    { "fork_wait", test_fork_wait },
    { "fork_copies", test_fork_copies },
    { "fork_chain", test_fork_chain },
    { "exec_status", test_exec_status },
    { "exec_env", test_exec_env },
    { "exec_big_args", test_exec_big_args },
    { "exec_errors", test_exec_errors },
    { "waitpid_nohang", test_waitpid_nohang },
    { "orphan", test_orphan },
    { "process_groups", test_process_groups },
    { "fork_exhaustion", test_fork_exhaustion },
    { "pipe_basic", test_pipe_basic },
    { "pipe_64k", test_pipe_64k },
    { "pipe_reader_exits", test_pipe_reader_exits },
    { "pipeline", test_pipeline },
    { "dup", test_dup },
    { "shared_offset", test_shared_offset },
    { "cloexec", test_cloexec },
    { "fd_exhaustion", test_fd_exhaustion },
    { "kill_default", test_kill_default },
    { "raise_handler", test_raise_handler },
    { "handler_in_blocked_call", test_handler_in_blocked_call },
    { "sigprocmask", test_sigprocmask },
    { "sigchld", test_sigchld },
    { "handler_registers", test_handler_registers },
    { "stack_growth", test_stack_growth },
    { "stack_overflow", test_stack_overflow },
    { "sbrk_exhaustion", test_sbrk_exhaustion },
    { "malloc_big", test_malloc_big },
    { "bad_pointers", test_bad_pointers },
    { 0, 0 }
};
