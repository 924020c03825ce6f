/* qfs.h - the QFS v2 on-disk format (shared/spec/qfs.md) as plain #defines, shared by
 * the host tool mkqfs and the kernel's file system (compiled by qcc-lite), the way xv6's
 * mkfs includes kernel/fs.h. No types, no host headers: word indices and values only.
 *
 *   sector 0            superblock (words QFS_SB_*; words QFS_SB_WORDS..127 are 0)
 *   sectors 1..F        FAT: one word per sector of the disk; entry s is word s % 128
 *                       of sector QFS_FAT_START + s / 128
 *   sector F+1          first sector of the root directory
 *   sectors F+2..N-1    data, the only allocatable sectors (lowest free one first)
 *
 * A directory is a chain of sectors holding QFS_ENTRIES_PER_SECTOR entries of
 * QFS_ENTRY_WORDS words each. A file is a chain holding its bytes packed four to a word,
 * little-endian (byte b is byte b % 4 of word b / 4); its size is counted in bytes.
 */
#ifndef QPU_QFS_H
#define QPU_QFS_H

/* Geometry */
#define QFS_SECTOR_WORDS        128
#define QFS_SECTOR_BYTES        512 /* a file's bytes per sector */
#define QFS_BYTES_PER_WORD      4
#define QFS_DEFAULT_SECTORS     1024
#define QFS_MIN_SECTORS         4 /* superblock, one FAT sector, root, one data sector */

/* Superblock: word indices in sector 0 */
#define QFS_SB_MAGIC            0
#define QFS_SB_VERSION          1
#define QFS_SB_SECTOR_SIZE      2 /* in words: QFS_SECTOR_WORDS */
#define QFS_SB_TOTAL_SECTORS    3
#define QFS_SB_FAT_START        4 /* QFS_FAT_START */
#define QFS_SB_FAT_SECTORS      5 /* F, with F * 128 >= total; default ceil(total / 128) */
#define QFS_SB_ROOT_SECTOR      6 /* fatStart + F */
#define QFS_SB_DATA_START       7 /* rootSector + 1 */
#define QFS_SB_FREE_SECTORS     8 /* sectors >= dataStart whose FAT entry is free */
#define QFS_SB_WORDS            9 /* words 9..127 are always written as 0 */

#define QFS_MAGIC               0x51465332 /* bytes "2SFQ" */
#define QFS_VERSION             2
#define QFS_SUPERBLOCK_SECTOR   0
#define QFS_FAT_START           1

/* FAT entry values (entries of sectors below dataStart stay QFS_FAT_FREE, except that
 * the root's first sector links to the next root sector once the root grows) */
#define QFS_FAT_FREE            0x00000000
#define QFS_FAT_END             0xFFFFFFFF /* last sector of a chain */
#define QFS_FAT_RESERVED        0xFFFFFFFE /* defined, never written */
#define QFS_FAT_ENTRIES_PER_SECTOR QFS_SECTOR_WORDS

/* Directory entries: word offsets within an entry */
#define QFS_ENTRY_WORDS         32
#define QFS_ENTRIES_PER_SECTOR  4
#define QFS_ENTRY_FLAGS         0
#define QFS_ENTRY_FIRST_SECTOR  1 /* 0: no data (empty file) */
#define QFS_ENTRY_SIZE          2 /* file: length in bytes; directory: 0, never updated */
#define QFS_ENTRY_ZERO          3 /* always 0 */
#define QFS_ENTRY_NAME          4 /* one character per word, 0-terminated unless full */
#define QFS_NAME_MAX            24
#define QFS_ENTRY_TAIL          28 /* words 28..31 are 0 */

/* Entry flags */
#define QFS_FLAG_USED           0x01
#define QFS_FLAG_DIRECTORY      0x02
#define QFS_FLAG_EXECUTABLE     0x04
#define QFS_FLAG_DELETED        0x80
#define QFS_FLAGS_UNUSED        0x00 /* never-used slot */
#define QFS_FLAGS_FILE          0x01
#define QFS_FLAGS_EXEC_FILE     0x05
#define QFS_FLAGS_DIR           0x03
#define QFS_FLAGS_DELETED_ENTRY 0x80 /* exactly this after a delete; other words kept */

/* The write-ahead log (docs/qfs-log.md): an ordinary file /.qfslog in the root, to the
 * reference just a file. Sector 0 of its chain is the header; sectors 1..n hold the
 * logged sectors of the committed transaction, whose home sectors the header lists.
 * Header count 0: nothing to replay. */
#define QFS_LOG_NAME            ".qfslog"
#define QFS_LOG_MAGIC           0 /* header words */
#define QFS_LOG_COUNT           1 /* sectors in the committed transaction, 0 = none */
#define QFS_LOG_SEQUENCE        2 /* commits so far (informational) */
#define QFS_LOG_HOMES           3 /* words 3..3+count-1: home sector of body sector i+1 */
#define QFS_LOG_MAGIC_VALUE     0x474F4C51 /* bytes "QLOG" */
#define QFS_LOG_MAX             120 /* body sectors at most */
#define QFS_LOG_MIN_SECTORS     3 /* header and two body sectors */
#define QFS_LOG_EXTRA           16 /* body = FAT sectors + this (capped at QFS_LOG_MAX) */

/* Path separator: never part of a name */
#define QFS_PATH_SEPARATOR      '/'

#endif
