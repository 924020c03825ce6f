/* dev_block.c - the block device (platform.md §Block device), backed by a disk image
 * file. Commands are checked when issued; the transfer happens at the end of the batch
 * (asynchronous completion), writes go straight to the file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices.h"
#include "platform.h"
#include "util.h"

#define SECTOR_BYTES (QPU_SECTOR_WORDS * 4)

struct block {
    int fd;
    uint32_t total;
    bool busy;
    uint32_t cmd, lba, count, buffer; /* the command being carried out */
};

enum { BLK_ERR_LBA = 1, BLK_ERR_COUNT = 2, BLK_ERR_OTHER = 3 };

static void fail(struct vm *vm, struct vm_device *dev, uint32_t code)
{
    vm->mem[dev->base + QPU_BLK_STATUS] = QPU_BLK_FAILED;
    vm->mem[dev->base + QPU_BLK_ERROR] = code;
}

static void block_store(struct vm *vm, struct vm_device *dev, uint32_t offset, uint32_t value)
{
    (void)offset;
    struct block *b = dev->state;
    uint32_t *w = &vm->mem[dev->base];
    if (value == QPU_BLK_CMD_NOP)
        return;
    if (value > QPU_BLK_CMD_FLUSH) {
        fail(vm, dev, BLK_ERR_OTHER);
        return;
    }
    w[QPU_BLK_STATUS] = QPU_BLK_BUSY;
    w[QPU_BLK_ERROR] = 0;
    b->busy = false;
    uint32_t lba = w[QPU_BLK_LBA], count = w[QPU_BLK_COUNT], buffer = w[QPU_BLK_BUFFER];
    if (lba >= b->total) {
        fail(vm, dev, BLK_ERR_LBA);
        return;
    }
    if (count == 0 || (uint64_t)lba + count > b->total) {
        fail(vm, dev, BLK_ERR_COUNT);
        return;
    }
    if (value != QPU_BLK_CMD_FLUSH &&
        !vm_phys_ok(vm, buffer, (uint64_t)count * QPU_SECTOR_WORDS)) {
        fail(vm, dev, BLK_ERR_OTHER);
        return;
    }
    *b = (struct block){b->fd, b->total, true, value, lba, count, buffer};
}

static bool transfer(struct vm *vm, struct block *b)
{
    unsigned char bytes[SECTOR_BYTES];
    for (uint32_t k = 0; k < b->count; k++) {
        uint32_t *words = &vm->mem[b->buffer + (uint64_t)k * QPU_SECTOR_WORDS];
        off_t at = (off_t)(b->lba + k) * SECTOR_BYTES;
        if (b->cmd == QPU_BLK_CMD_READ) {
            ssize_t got = pread(b->fd, bytes, SECTOR_BYTES, at);
            if (got < 0)
                return false;
            memset(bytes + got, 0, SECTOR_BYTES - (size_t)got); /* past the end: zeros */
            for (unsigned j = 0; j < QPU_SECTOR_WORDS; j++)
                words[j] = get_u32le(bytes + 4 * j);
            vm_note_write(vm, (uint32_t)(words - vm->mem), QPU_SECTOR_WORDS); /* DMA */
        } else {
            for (unsigned j = 0; j < QPU_SECTOR_WORDS; j++)
                put_u32le(bytes + 4 * j, words[j]);
            if (pwrite(b->fd, bytes, SECTOR_BYTES, at) != SECTOR_BYTES)
                return false;
        }
    }
    return true;
}

static void block_complete(struct vm *vm, struct vm_device *dev)
{
    struct block *b = dev->state;
    if (!b->busy)
        return;
    b->busy = false;
    bool ok = b->cmd == QPU_BLK_CMD_FLUSH ? fsync(b->fd) == 0 || errno == EINVAL
                                          : transfer(vm, b);
    if (ok)
        vm->mem[dev->base + QPU_BLK_STATUS] = QPU_BLK_READY;
    else
        fail(vm, dev, BLK_ERR_OTHER);
}

/* The user stopped qvm (C-a x, a signal): a command already issued still completes, and
 * the image is flushed to the host's disk. */
static void block_finish(struct vm *vm, struct vm_device *dev)
{
    struct block *b = dev->state;
    if (vm->stop != VM_QUIT && vm->stop != VM_INTERRUPTED)
        return;
    block_complete(vm, dev);
    fsync(b->fd);
}

static void block_init(struct vm *vm, struct vm_device *dev)
{
    struct block *b = dev->state;
    uint32_t *w = &vm->mem[dev->base];
    w[QPU_BLK_TOTAL] = b->total;
    w[QPU_BLK_SECTOR_SIZE] = QPU_SECTOR_WORDS;
}

static void block_destroy(struct vm_device *dev)
{
    struct block *b = dev->state;
    fsync(b->fd);                 /* the image is on the host's disk when qvm exits */
    close(b->fd);
    free(b);
    free(dev);
}

struct vm_device *dev_block_new(const char *image, char *err, size_t errlen,
                                const char **warning)
{
    *warning = NULL;
    int fd = open(image, O_RDWR);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        snprintf(err, errlen, "cannot open disk image %s: %s", image, strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode) || st.st_size < SECTOR_BYTES) {
        snprintf(err, errlen, "disk image %s: %s", image,
                 S_ISREG(st.st_mode) ? "smaller than one sector (512 bytes)"
                                     : "not a regular file");
        close(fd);
        return NULL;
    }
    uint64_t sectors = (uint64_t)st.st_size / SECTOR_BYTES;
    if (sectors > 0xFFFFFFFFu)
        sectors = 0xFFFFFFFFu;
    if (st.st_size % SECTOR_BYTES)
        *warning = "the partial last sector of the disk image is ignored";
    struct block *b = xcalloc(1, sizeof *b);
    b->fd = fd;
    b->total = (uint32_t)sectors;
    struct vm_device *dev = xcalloc(1, sizeof *dev);
    dev->name = "block";
    dev->id = QPU_DEV_BLOCK;
    dev->io_words = 1;
    dev->shared_words = 7;
    dev->state = b;
    dev->init = block_init;
    dev->store = block_store;
    dev->complete = block_complete;
    dev->finish = block_finish;
    dev->destroy = block_destroy;
    return dev;
}
