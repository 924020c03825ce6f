/* dev_keypress.c - the keypress device (platform.md §Devices, Keypress): five shared
 * words mirroring the held keys. The window (dev_display.c polls it) and the key
 * script (keys.c) change a host-side struct key_state; each tick copies it in. */
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "util.h"

static void keypress_tick(struct vm *vm, struct vm_device *dev, uint64_t now)
{
    struct key_state *ks = dev->state;
    key_script_advance(ks, now);
    memcpy(vm->mem + dev->base, ks->words, sizeof ks->words);
}

static void keypress_destroy(struct vm_device *dev)
{
    struct key_state *ks = dev->state;
    free(ks->script);
    free(ks);
    free(dev);
}

struct vm_device *dev_keypress_new(struct key_state *ks)
{
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    dev->name = "keypress";
    dev->id = QPU_DEV_KEYPRESS;
    dev->shared_words = QPU_KEYPRESS_WORDS;
    dev->state = ks;
    dev->tick = keypress_tick;
    dev->destroy = keypress_destroy;
    return dev;
}
