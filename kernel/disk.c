/* disk.c - the block device driver. A command moves any number of consecutive sectors
 * by DMA (physical addresses); completion is polled (the device has no interrupt) with
 * the timer paused, so no timer interrupt is lost while interrupts are masked. */
#include "kernel.h"

static int total_sectors;

int disk_init(void)
{
    int *dev = (int *)block_dev;
    if (!block_dev)
        return 0;
    total_sectors = dev[QPU_BLK_TOTAL];
    return total_sectors > 0 && dev[QPU_BLK_SECTOR_SIZE] == QPU_SECTOR_WORDS;
}

int disk_sectors(void)
{
    return total_sectors;
}

/* Runs one command; 0 on success, -1 on a device error. */
static int command(int cmd, int lba, int count, int buf)
{
    int *dev = (int *)block_dev;
    if (!block_dev)
        return -1;
    dev[QPU_BLK_LBA] = lba;
    dev[QPU_BLK_COUNT] = count;
    dev[QPU_BLK_BUFFER] = buf;
    timer_pause();
    dev[QPU_BLK_COMMAND] = cmd;
    while (dev[QPU_BLK_STATUS] == QPU_BLK_BUSY)
        ;
    timer_resume();
    return dev[QPU_BLK_STATUS] == QPU_BLK_READY ? 0 : -1;
}

int disk_read(int lba, int count, int *buf)
{
    return command(QPU_BLK_CMD_READ, lba, count, (int)buf);
}

int disk_write(int lba, int count, const int *buf)
{
    return command(QPU_BLK_CMD_WRITE, lba, count, (int)buf);
}

void disk_flush(void)
{
    if (block_dev)
        command(QPU_BLK_CMD_FLUSH, 0, 1, 0);
}
