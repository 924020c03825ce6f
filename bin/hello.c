/* hello.c - the first user program: one line through the write system call. */
#include <string.h>
#include <unistd.h>

int main(void)
{
    static const char msg[] = "Hello from userspace!\n";
    write(STDOUT_FILENO, msg, sizeof msg - 1);
    return 0;
}
