/* display.h - the display and keypress devices (platform.md §Devices: Display,
 * Keypress) and the host side behind them: where shown frames go (a PPM/PNG file or an
 * SDL window) and where key state comes from (window key events, a key script).
 *
 * Key state is the keypress device's five shared words, kept host-side in a
 * struct key_state that the window and the key script update and the device copies
 * into memory at every tick. */
#ifndef QVM_DISPLAY_H
#define QVM_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "platform.h"
#include "vm.h"

/* Largest accepted -D size and largest frame a guest may ask the device to show. */
#define DISPLAY_MAX_SIDE 4096

/* ---- keys.c: key names, key state, key scripts ---- */

/* One key: its word-0 bits (special keys, and the W/A/S/D arrows) and/or an ASCII
 * code (-1: none). */
struct key {
    uint32_t special;
    int ascii;
};

struct key_event {
    uint64_t cycle;
    struct key key;
    bool down;
};

struct key_state {
    uint32_t words[QPU_KEYPRESS_WORDS];
    struct key_event *script; /* --key-script events in cycle order */
    size_t nscript, next;
};

/* "left", "space", "a", ... (see docs/qvm.md); false for an unknown name. */
bool key_by_name(const char *name, struct key *out);
/* The key for an ASCII character as a window reports it (letters as lower case). */
struct key key_from_ascii(int c);
void key_set(struct key_state *ks, const struct key *k, bool down);
/* Reads a key script; false with a `file:line: reason` message in err. */
bool key_script_load(struct key_state *ks, const char *path, char *err, size_t errlen);
/* Applies the script's events whose cycle is <= now. */
void key_script_advance(struct key_state *ks, uint64_t now);

/* ---- display outputs: display_file.c, display_sdl.c ---- */

struct display_out {
    /* A frame of width x height pixels 0xAARRGGBB, row by row; false with a reason in
     * err if it could not be shown (the machine stops). */
    bool (*show)(struct display_out *out, const uint32_t *pixels, uint32_t w, uint32_t h,
                 char *err, size_t errlen);
    /* Between batches: host events (key state into ks, which may be NULL). Returns
     * false when the user closed the window. */
    bool (*poll)(struct display_out *out, uint64_t now, struct key_state *ks);
    void (*destroy)(struct display_out *out);
    /* A host fd that never becomes readable, or -1. A window sets one so that `wait`
     * runs in real time (see dev_display.c); a file output does not. */
    int idle_fd;
};

/* Writes every shown frame to path (PNG if it ends in .png, else binary PPM),
 * replacing the previous one. */
struct display_out *display_file_new(const char *path);
/* The frame as a binary PPM (P6) or PNG image; the caller frees *data. */
void image_ppm(const uint32_t *pixels, uint32_t w, uint32_t h, unsigned char **data,
               size_t *len);
void image_png(const uint32_t *pixels, uint32_t w, uint32_t h, unsigned char **data,
               size_t *len);

/* True if this qvm was built with SDL2. */
bool display_sdl_available(void);
/* A window titled `title` for a w x h display; NULL with a reason in err. */
struct display_out *display_sdl_new(const char *title, uint32_t w, uint32_t h, char *err,
                                    size_t errlen);

/* ---- the devices: dev_display.c, dev_keypress.c ---- */

/* The display device, showing frames through out (owned; may be NULL: frames go
 * nowhere). ks (may be NULL) receives window key events. */
struct vm_device *dev_display_new(uint32_t w, uint32_t h, struct display_out *out,
                                  struct key_state *ks);
/* The keypress device mirroring ks (owned) into its shared words. */
struct vm_device *dev_keypress_new(struct key_state *ks);

#endif
