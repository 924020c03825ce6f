/* spawn_tests.c - spawnve makes the child fork + execve would: the environment given,
 * descriptors but close-on-exec ones, the process group; ignored signals stay ignored,
 * caught ones go back to the default, the blocked mask carries over. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "usertests.h"
#include "tests.h"

static void on_usr1(int sig)
{
    (void)sig;
}

/* Spawns usertests with argv and envp; its exit status, or -1. */
static int spawned_status(char **argv, char **envp)
{
    int status, pid = __sys_spawnve(SELF, argv, envp);
    if (pid <= 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

int test_spawnve(void)
{
    char *env_args[] = { "usertests", "--env", "GREETING", "hi there", 0 };
    char *greeting[] = { "GREETING=hi there", 0 }, *none[] = { 0 };
    char fd_text[12], keep_text[12];
    char *closed[] = { "usertests", "--fd-closed", fd_text, 0 };
    char *open_[] = { "usertests", "--fd-open", keep_text, 0 };
    char ign[12], dfl[12], blocked[12];
    char *sigs[] = { "usertests", "--signals", ign, dfl, blocked, 0 };
    int fds[2];
    sigset_t block, old;
    CHECK(spawned_status(env_args, greeting) == 0);
    CHECK(spawned_status(env_args, none) == 1);
    CHECK(spawned_status(env_args, 0) == 1);
    CHECK(pipe2(fds, 0) == 0 && fcntl(fds[0], F_SETFD, FD_CLOEXEC) == 0);
    snprintf(fd_text, sizeof fd_text, "%d", fds[0]);
    snprintf(keep_text, sizeof keep_text, "%d", fds[1]);
    CHECK(spawned_status(closed, none) == 0);
    CHECK(spawned_status(open_, none) == 0);
    close(fds[0]);
    close(fds[1]);
    /* SIGINT ignored stays ignored, SIGUSR1 caught is at the default, SIGUSR2 blocked */
    snprintf(ign, sizeof ign, "%d", SIGINT);
    snprintf(dfl, sizeof dfl, "%d", SIGUSR1);
    snprintf(blocked, sizeof blocked, "%d", SIGUSR2);
    signal(SIGINT, SIG_IGN);
    signal(SIGUSR1, on_usr1);
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &block, &old) == 0);
    int status = spawned_status(sigs, none);
    sigprocmask(SIG_SETMASK, &old, 0);
    signal(SIGINT, SIG_DFL);
    signal(SIGUSR1, SIG_DFL);
    CHECK(status == 0);
    CHECK(__sys_spawnve("/no/such.qbin", env_args, none) == -ENOENT);
    CHECK(__sys_spawnve(SELF, (char **)0x40, none) == -EFAULT);
    return 0;
}

/* posix_spawn: without file actions (one spawnve; a missing program is an error) and
 * with them (fork: open, dup2 and close done in the child, in order). */
int test_posix_spawn(void)
{
    char *env_args[] = { "usertests", "--env", "GREETING", "hello", 0 };
    char *greeting[] = { "GREETING=hello", 0 };
    char *open7[] = { "usertests", "--fd-open", "7", 0 };
    char *closed8[] = { "usertests", "--fd-closed", "8", 0 };
    posix_spawn_file_actions_t actions;
    int status;
    pid_t pid;
    CHECK(posix_spawn(&pid, SELF, 0, 0, env_args, greeting) == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(posix_spawn(&pid, "/no/such.qbin", 0, 0, env_args, greeting) == ENOENT);
    CHECK(posix_spawn_file_actions_init(&actions) == 0);
    CHECK(posix_spawn_file_actions_addopen(&actions, 7, "/", O_RDONLY, 0) == 0);
    CHECK(posix_spawn(&pid, SELF, &actions, 0, open7, greeting) == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(posix_spawn_file_actions_adddup2(&actions, 7, 8) == 0);
    CHECK(posix_spawn_file_actions_addclose(&actions, 8) == 0);
    CHECK(posix_spawn(&pid, SELF, &actions, 0, closed8, greeting) == 0);
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    posix_spawn_file_actions_destroy(&actions);
    return 0;
}
