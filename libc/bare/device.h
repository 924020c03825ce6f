/* device.h (bare target) - what the bare back end's files share: finding a device
 * through the device table and running one buffered-protocol command
 * (spec/platform.md), and the host files of the debug-file device (files.c). */
#ifndef BARE_DEVICE_H
#define BARE_DEVICE_H

#include <stddef.h>

/* The window of the device with this id, or NULL if the machine has none. */
volatile unsigned *__bare_find_device(unsigned id);
/* Starts a buffered-protocol command and waits until the device is done with it;
 * returns the final control word (READY or ERROR). */
unsigned __bare_run_command(volatile unsigned *window, unsigned command);

/* files.c: descriptors from BARE_FILE_FD_FIRST on are host files. files.c defines
 * __io_open and sets __bare_files when it opens a file, so that a program that opens
 * none does not link it (io.c reaches the files only through this pointer). */
#define BARE_FILE_FD_FIRST 3
struct bare_file_ops {
    long (*read)(int fd, void *buf, size_t len);
    long (*write)(int fd, const void *buf, size_t len);
    long (*seek)(int fd, long offset, int whence);
    int (*close)(int fd);
    int (*is_open)(int fd);
};
extern const struct bare_file_ops *__bare_files;  /* NULL until a file is opened */

#endif
