/* devices.h - constructors of the stock devices (platform.md §Devices), in the stock
 * mapping order. Each returns a heap device freed by its destroy callback. */
#ifndef QVM_DEVICES_H
#define QVM_DEVICES_H

#include "vm.h"

struct vm_device *dev_timer_new(void);       /* dev_basic.c */
struct vm_device *dev_clock_new(void);
struct vm_device *dev_debug_break_new(void);
struct vm_device *dev_debug_output_new(void); /* dev_debug.c */
/* interrupt: the input-interrupt extension (interrupt 4 when a READ completes) */
struct vm_device *dev_debug_input_new(int fd, bool interrupt);
struct vm_device *dev_debug_file_new(void);
/* dev_terminal.c (extension): typed characters from fd; `keys`: fd is the user's
 * terminal (raw mode at the first READ, the Ctrl-A escape). */
struct vm_device *dev_terminal_new(int fd, bool keys);
/* dev_block.c: NULL with a reason in err if the image cannot be used; *warning gets a
 * note (partial last sector) or NULL. */
struct vm_device *dev_block_new(const char *image, char *err, size_t errlen,
                                const char **warning);

#endif
