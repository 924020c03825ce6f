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

/* files.c: descriptors from BARE_FILE_FD_FIRST on are host files. */
#define BARE_FILE_FD_FIRST 3
int __bare_file_open(const char *path, int flags);
long __bare_file_read(int fd, void *buf, size_t len);
long __bare_file_write(int fd, const void *buf, size_t len);
long __bare_file_seek(int fd, long offset, int whence);
int __bare_file_close(int fd);
int __bare_file_is_open(int fd);

#endif
