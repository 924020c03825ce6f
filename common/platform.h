/* platform.h - fixed addresses, codes and device identifiers of the QPU platform
 * (shared/spec/platform.md). Plain #defines only, so that host tools and the code that
 * runs on the machine (kernel, libc, compiled by qcc-lite) can both include it.
 */
#ifndef QPU_PLATFORM_H
#define QPU_PLATFORM_H

/* Memory */
#define QPU_DEFAULT_MEMORY_WORDS 0x400000 /* 4 Mi words = 16 MiB */
#define QPU_LOAD_ADDRESS         0x1000   /* programs load and start here */

/* Low memory (physical word addresses) */
#define QPU_INT_ENABLE      0x000 /* nonzero: interrupts enabled */
#define QPU_INT_TABLE_PTR   0x001 /* 0x045, informational */
#define QPU_SAVED_REGS      0x002 /* r0..r63 at 0x002+i */
#define QPU_SAVED_IP        0x042
#define QPU_FAULT_REASON    0x043
#define QPU_INT_COUNT       0x044 /* highest valid interrupt number */
#define QPU_INT_HANDLERS    0x045 /* handler of interrupt n at 0x045+n */
#define QPU_DEVICE_CODE     0x100 /* handler code supplied by devices */
#define QPU_DEVICE_TABLE    0x200 /* count, then (id, base) pairs */
#define QPU_DEVICE_WINDOWS  0x300

/* Interrupt numbers */
#define QPU_INT_RETURN      0
#define QPU_INT_FAULT       1
#define QPU_INT_TIMER       2
#define QPU_INT_DEBUG_BREAK 3
#define QPU_INT_INPUT       4 /* extension: debug-input READ completed */
#define QPU_INT_TERMINAL    5 /* extension: terminal READ completed */
#define QPU_INT_SYSCALL     0x80 /* convention: system calls (kernels set [0x044] = 0x80) */

/* Fault reasons (word 0x043) */
#define QPU_FAULT_INVALID_INSTRUCTION       0x01
#define QPU_FAULT_UNIMPLEMENTED_INSTRUCTION 0x02
#define QPU_FAULT_MEMORY                    0x03
#define QPU_FAULT_OUT_OF_BOUNDS             0x04
#define QPU_FAULT_INVALID_INTERRUPT         0x05
#define QPU_FAULT_DIVIDE_BY_ZERO            0x06 /* extension */
#define QPU_FAULT_PRIVILEGED                0x07 /* extension: halt while translating */

/* Device identifiers */
#define QPU_DEV_TIMER        0x00000001
#define QPU_DEV_DEBUG_BREAK  0x00000002
#define QPU_DEV_DEBUG_OUTPUT 0x00000003
#define QPU_DEV_DEBUG_INPUT  0x00000004
#define QPU_DEV_DISPLAY      0x00000005
#define QPU_DEV_CLOCK        0x00000006
#define QPU_DEV_KEYPRESS     0x00000010
#define QPU_DEV_DEBUG_FILE   0x00000011
#define QPU_DEV_TERMINAL     0x00000012 /* extension: typed characters */
#define QPU_DEV_BLOCK        0x00000020
#define QPU_DEV_MMU_TWOLEVEL 0x80000001
#define QPU_DEV_MMU_LIST     0x80000002

/* Buffered protocol (debug output, input, file): window offsets and control values */
#define QPU_BUF_CONTROL  0
#define QPU_BUF_CAPACITY 1
#define QPU_BUF_SIZE     2
#define QPU_BUF_DATA     3
#define QPU_BUF_READY    0
#define QPU_BUF_WRITE    1
#define QPU_BUF_READ     2
#define QPU_BUF_PENDING  3
#define QPU_BUF_ERROR    0xFFFFFFFF

/* Block device: window offsets, commands, status */
#define QPU_BLK_COMMAND     0
#define QPU_BLK_STATUS      1
#define QPU_BLK_LBA         2
#define QPU_BLK_COUNT       3
#define QPU_BLK_BUFFER      4
#define QPU_BLK_TOTAL       5
#define QPU_BLK_SECTOR_SIZE 6
#define QPU_BLK_ERROR       7
#define QPU_BLK_CMD_NOP     0
#define QPU_BLK_CMD_READ    1
#define QPU_BLK_CMD_WRITE   2
#define QPU_BLK_CMD_FLUSH   3
#define QPU_BLK_READY       0
#define QPU_BLK_BUSY        1
#define QPU_BLK_FAILED      0xFF
#define QPU_SECTOR_WORDS    128

/* Display (-D WxH): window offsets and control values */
#define QPU_DISPLAY_CONTROL 0
#define QPU_DISPLAY_WIDTH   1
#define QPU_DISPLAY_HEIGHT  2
#define QPU_DISPLAY_ADDRESS 3 /* physical address of the frame, 0: none */
#define QPU_DISPLAY_READY   0
#define QPU_DISPLAY_SHOW    1 /* store 1: show width x height words at the address */
#define QPU_DISPLAY_PENDING 2

/* Keypress (-k): 5 shared words; word 0 holds these bits, words 1..4 bit c & 31 of
 * word 1 + (c >> 5) for ASCII key c held */
#define QPU_KEYPRESS_WORDS 5
#define QPU_KEY_LEFT      0x0001
#define QPU_KEY_RIGHT     0x0002
#define QPU_KEY_UP        0x0004
#define QPU_KEY_DOWN      0x0008
#define QPU_KEY_SPACE     0x0010
#define QPU_KEY_ESCAPE    0x0020
#define QPU_KEY_ENTER     0x0040
#define QPU_KEY_TAB       0x0080
#define QPU_KEY_BACKSPACE 0x0100
#define QPU_KEY_DELETE    0x0200
#define QPU_KEY_SHIFT     0x0400
#define QPU_KEY_CTRL      0x0800
#define QPU_KEY_ALT       0x1000
#define QPU_KEY_META      0x2000

/* MMU page flags */
#define QPU_PAGE_PRESENT 0x1
#define QPU_PAGE_READ    0x2
#define QPU_PAGE_WRITE   0x4
#define QPU_PAGE_EXECUTE 0x8

#endif
