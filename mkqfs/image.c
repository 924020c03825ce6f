/* image.c - the QFS image in memory: loading it whole, validating the superblock's
 * geometry, word and sector access, formatting a new image, and writing it back. */
#include "mkqfs.h"

#include "diag.h"
#include "util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SECTOR_BYTES (QFS_SECTOR_WORDS * 4)

void qfs_error(const struct qfs *fs, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror_at((struct diag_loc){.file = fs->path}, "error", fmt, ap);
    va_end(ap);
}

uint32_t qfs_fat_sectors_for(uint32_t total)
{
    return (total + QFS_FAT_ENTRIES_PER_SECTOR - 1) / QFS_FAT_ENTRIES_PER_SECTOR;
}

const unsigned char *qfs_sector_c(const struct qfs *fs, uint32_t sector)
{
    return fs->bytes + (size_t)sector * SECTOR_BYTES;
}

unsigned char *qfs_sector(struct qfs *fs, uint32_t sector)
{
    return fs->bytes + (size_t)sector * SECTOR_BYTES;
}

uint32_t qfs_get(const struct qfs *fs, uint32_t sector, uint32_t word)
{
    return get_u32le(qfs_sector_c(fs, sector) + 4 * word);
}

void qfs_put(struct qfs *fs, uint32_t sector, uint32_t word, uint32_t value)
{
    put_u32le(qfs_sector(fs, sector) + 4 * word, value);
}

/* Checks the superblock's fixed fields and geometry against the file length; on
 * failure writes the reason to `why`. */
static bool check_geometry(struct qfs *fs, char *why, size_t n)
{
    uint32_t sb[QFS_SB_WORDS];
    for (int i = 0; i < QFS_SB_WORDS; i++)
        sb[i] = qfs_get(fs, QFS_SUPERBLOCK_SECTOR, (uint32_t)i);
    uint64_t file_sectors = fs->len / SECTOR_BYTES;
    uint32_t total = sb[QFS_SB_TOTAL_SECTORS], f = sb[QFS_SB_FAT_SECTORS];
    if (sb[QFS_SB_MAGIC] != QFS_MAGIC)
        return snprintf(why, n, "not a QFS image (magic 0x%08X, expected 0x%08X)",
                        sb[QFS_SB_MAGIC], QFS_MAGIC), false;
    if (sb[QFS_SB_VERSION] != QFS_VERSION)
        return snprintf(why, n, "not a QFS image (unsupported version %u, expected %u)",
                        sb[QFS_SB_VERSION], QFS_VERSION), false;
    const char *bad = NULL;
    if (sb[QFS_SB_SECTOR_SIZE] != QFS_SECTOR_WORDS)
        bad = "superblock word 2 (sectorSize) is not 128";
    else if (total < QFS_MIN_SECTORS)
        bad = "superblock word 3 (totalSectors) is below 4";
    else if (total > file_sectors)
        return snprintf(why, n, "corrupt image: truncated: superblock word 3 (totalSectors) "
                        "says %u sectors, the file holds %llu", total,
                        (unsigned long long)file_sectors), false;
    else if (sb[QFS_SB_FAT_START] != QFS_FAT_START)
        bad = "superblock word 4 (fatStart) is not 1";
    else if (f == 0 || (uint64_t)f * QFS_FAT_ENTRIES_PER_SECTOR < total)
        bad = "superblock word 5 (fatSectors) is too small for totalSectors";
    else if (f > total || sb[QFS_SB_ROOT_SECTOR] != QFS_FAT_START + f)
        bad = "superblock word 6 (rootSector) is not fatStart + fatSectors";
    else if (sb[QFS_SB_DATA_START] != sb[QFS_SB_ROOT_SECTOR] + 1)
        bad = "superblock word 7 (dataStart) is not rootSector + 1";
    else if (sb[QFS_SB_DATA_START] >= total)
        bad = "superblock word 7 (dataStart) leaves no data sector";
    if (bad)
        return snprintf(why, n, "corrupt image: %s", bad), false;
    fs->total = total;
    fs->fat_sectors = f;
    fs->root = sb[QFS_SB_ROOT_SECTOR];
    fs->data_start = sb[QFS_SB_DATA_START];
    fs->free_count = sb[QFS_SB_FREE_SECTORS];
    return true;
}

bool qfs_load(struct qfs *fs, const char *path)
{
    memset(fs, 0, sizeof *fs);
    fs->path = xstrdup(path);
    struct stat st;
    if (stat(path, &st) != 0) {
        qfs_error(fs, "cannot read image: %s", strerror(errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        qfs_error(fs, "cannot read image: not a regular file");
        return false;
    }
    if ((uint64_t)st.st_size > (uint64_t)MKQFS_MAX_SECTORS * SECTOR_BYTES + SECTOR_BYTES) {
        qfs_error(fs, "not a QFS image (%lld bytes, more than mkqfs handles)",
                  (long long)st.st_size);
        return false;
    }
    fs->bytes = (unsigned char *)read_file(path, &fs->len);
    if (!fs->bytes) {
        qfs_error(fs, "cannot read image: %s", strerror(errno));
        return false;
    }
    if (fs->len < SECTOR_BYTES) {
        qfs_error(fs, "not a QFS image (%zu bytes, shorter than a superblock)", fs->len);
        return false;
    }
    char why[200];
    if (!check_geometry(fs, why, sizeof why)) {
        qfs_error(fs, "%s", why);
        return false;
    }
    log_replay(fs);
    return true;
}

bool qfs_format(struct qfs *fs, const char *path, uint32_t sectors)
{
    memset(fs, 0, sizeof *fs);
    fs->path = xstrdup(path);
    uint32_t f = qfs_fat_sectors_for(sectors);
    if (sectors < QFS_MIN_SECTORS || sectors < f + 3 || sectors > MKQFS_MAX_SECTORS) {
        qfs_error(fs, "invalid size: %u sectors (must be %u..%u)", sectors, QFS_MIN_SECTORS,
                  MKQFS_MAX_SECTORS);
        return false;
    }
    fs->len = (size_t)sectors * SECTOR_BYTES;
    fs->bytes = xcalloc(fs->len, 1);
    fs->total = sectors;
    fs->fat_sectors = f;
    fs->root = QFS_FAT_START + f;
    fs->data_start = fs->root + 1;
    fs->free_count = sectors - fs->data_start;
    return true;
}

static void write_superblock(struct qfs *fs)
{
    memset(qfs_sector(fs, QFS_SUPERBLOCK_SECTOR), 0, SECTOR_BYTES);
    uint32_t sb[QFS_SB_WORDS] = {
        [QFS_SB_MAGIC] = QFS_MAGIC,
        [QFS_SB_VERSION] = QFS_VERSION,
        [QFS_SB_SECTOR_SIZE] = QFS_SECTOR_WORDS,
        [QFS_SB_TOTAL_SECTORS] = fs->total,
        [QFS_SB_FAT_START] = QFS_FAT_START,
        [QFS_SB_FAT_SECTORS] = fs->fat_sectors,
        [QFS_SB_ROOT_SECTOR] = fs->root,
        [QFS_SB_DATA_START] = fs->data_start,
        [QFS_SB_FREE_SECTORS] = fs->free_count,
    };
    for (int i = 0; i < QFS_SB_WORDS; i++)
        qfs_put(fs, QFS_SUPERBLOCK_SECTOR, (uint32_t)i, sb[i]);
}

/* The permissions the image keeps (write_file's temporary file has 0600). */
bool qfs_save(struct qfs *fs)
{
    write_superblock(fs);
    if (access(fs->path, W_OK) != 0 && errno != ENOENT) {
        qfs_error(fs, "cannot write image: %s", strerror(errno));
        return false;
    }
    if (!write_file(fs->path, fs->bytes, fs->len)) { /* keeps the image's mode */
        qfs_error(fs, "cannot write image: %s", strerror(errno));
        return false;
    }
    return true;
}

void qfs_release(struct qfs *fs)
{
    free(fs->path);
    free(fs->bytes);
    memset(fs, 0, sizeof *fs);
}
