/* io.c (bare target) - the back end of stdio on bare metal: stdout and stderr go to the
 * debug output peripheral, stdin comes from the debug input peripheral, found through
 * the device table at 0x200 (spec/platform.md). Descriptors from 3 on are host files
 * through the debug-file device (files.c).
 *
 * Debug input delivers one line per READ, without its newline; this file puts the
 * newline back. A READ that fills the whole buffer is taken to continue on the next
 * READ (so a line of exactly the buffer's capacity loses its line break). End of input
 * is a READ that ends in ERROR. */
#include <errno.h>
#include <stdio.h>
#include "platform.h"
#include "device.h"
#include "../src/libc_internal.h"

#define REPLACEMENT_CHARACTER 0xFFFD

const struct bare_file_ops *__bare_files;

volatile unsigned *__bare_find_device(unsigned id)
{
    volatile unsigned *table = (volatile unsigned *)QPU_DEVICE_TABLE;
    unsigned count = table[0], i;
    for (i = 0; i < count; i++)
        if (table[1 + 2 * i] == id)
            return (volatile unsigned *)table[2 + 2 * i];
    return NULL;
}

/* Starts a buffered-protocol operation and waits until the device is done with it. */
unsigned __bare_run_command(volatile unsigned *window, unsigned command)
{
    unsigned control;
    window[QPU_BUF_CONTROL] = command;
    do
        control = window[QPU_BUF_CONTROL];
    while (control == QPU_BUF_PENDING || control == command);
    return control;
}

static long write_output(const char *buf, size_t len)
{
    static volatile unsigned *out;
    size_t done = 0;
    if (out == NULL)
        out = __bare_find_device(QPU_DEV_DEBUG_OUTPUT);
    if (out == NULL)
        return -ENODEV;
    while (done < len) {
        size_t n = len - done, i;
        if (n > out[QPU_BUF_CAPACITY])
            n = out[QPU_BUF_CAPACITY];
        for (i = 0; i < n; i++) {
            unsigned c = (unsigned)buf[done + i];
            out[QPU_BUF_DATA + i] = c > 0x10FFFF ? REPLACEMENT_CHARACTER : c;
        }
        out[QPU_BUF_SIZE] = n;
        if (__bare_run_command(out, QPU_BUF_WRITE) != QPU_BUF_READY)
            return done > 0 ? (long)done : -EIO;
        done += n;
    }
    return (long)done;
}

/* The current input line: line[pos..len). */
static char line[QPU_BUF_DATA + 0x100];
static size_t line_pos, line_len;
static int input_ended;

static int read_line(void)
{
    static volatile unsigned *in;
    unsigned size, capacity, i;
    if (in == NULL)
        in = __bare_find_device(QPU_DEV_DEBUG_INPUT);
    if (in == NULL || input_ended || __bare_run_command(in, QPU_BUF_READ) != QPU_BUF_READY) {
        input_ended = 1;
        return 0;
    }
    size = in[QPU_BUF_SIZE];
    capacity = in[QPU_BUF_CAPACITY];
    if (size > capacity || size >= sizeof line)
        size = capacity < sizeof line - 1 ? capacity : sizeof line - 1;
    for (i = 0; i < size; i++)
        line[i] = (char)in[QPU_BUF_DATA + i];
    if (size < capacity)
        line[size++] = '\n';
    line_pos = 0;
    line_len = size;
    return 1;
}

long __io_read(int fd, void *buf, size_t len)
{
    char *p = buf;
    size_t n = 0;
    if (fd >= BARE_FILE_FD_FIRST)
        return __bare_files != NULL ? __bare_files->read(fd, buf, len) : -EBADF;
    if (fd != 0)
        return -EBADF;
    if (line_pos == line_len && !read_line())
        return 0;
    while (n < len && line_pos < line_len)
        p[n++] = line[line_pos++];
    return (long)n;
}

long __io_write(int fd, const void *buf, size_t len)
{
    if (fd >= BARE_FILE_FD_FIRST)
        return __bare_files != NULL ? __bare_files->write(fd, buf, len) : -EBADF;
    if (fd != 1 && fd != 2)
        return -EBADF;
    return write_output(buf, len);
}

int __io_close(int fd)
{
    if (fd >= BARE_FILE_FD_FIRST)
        return __bare_files != NULL ? __bare_files->close(fd) : -EBADF;
    return fd >= 0 ? 0 : -EBADF;
}

long __io_seek(int fd, long offset, int whence)
{
    if (fd >= BARE_FILE_FD_FIRST)
        return __bare_files != NULL ? __bare_files->seek(fd, offset, whence) : -EBADF;
    return fd >= 0 ? -ESPIPE : -EBADF;
}

int __io_isatty(int fd)
{
    if (fd >= BARE_FILE_FD_FIRST)
        return __bare_files != NULL && __bare_files->is_open(fd) ? 0 : -EBADF;
    return fd >= 0 ? 1 : -EBADF;
}

/* The debug-file device can write and read a file, not delete or rename one. */
int __io_remove(const char *path) { (void)path; return -ENOSYS; }
int __io_unlink(const char *path) { (void)path; return -ENOSYS; }
int __io_rename(const char *old_path, const char *new_path) { (void)old_path; (void)new_path; return -ENOSYS; }

/* Virtual milliseconds from the clock device (0 if there is none). */
long __io_clock(void)
{
    static volatile unsigned *clock_word;
    if (clock_word == NULL)
        clock_word = __bare_find_device(QPU_DEV_CLOCK);
    return clock_word != NULL ? (long)clock_word[0] : 0;
}
