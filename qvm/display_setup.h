/* display_setup.h - building the display and keypress devices from qvm's options. */
#ifndef QVM_DISPLAY_SETUP_H
#define QVM_DISPLAY_SETUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm.h"

struct display_options {
    const char *size;       /* -D WxH, NULL: no display */
    const char *file;       /* --display-file PATH: frames to a file, no window */
    const char *key_script; /* --key-script FILE (implies -k) */
    bool keys;              /* -k */
};

/* "320x200" -> 320, 200 (each 1..DISPLAY_MAX_SIDE). */
bool display_parse_size(const char *text, uint32_t *w, uint32_t *h);
/* The devices the options ask for (NULL when not asked), in the stock mapping order
 * (display, then keypress); false with a reason in err. `program` names the window. */
bool display_devices_new(const struct display_options *o, const char *program,
                         struct vm_device **display, struct vm_device **keypress,
                         char *err, size_t errlen);

#endif
