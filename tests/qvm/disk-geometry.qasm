; with --disk the block device (id 0x20) is mapped after debug-file at 0x603 and the
; MMU moves to 0x60B; TOTAL_SECTORS = image size / 512, SECTOR_SIZE = 128.
; r0 = mismatches: device count 8, entry 6 = (0x20, 0x603), entry 7 = (0x80000002,
; 0x60B), total 5, sector size 128
; disk: 5
; result: 0x00000000
constant r0 0
constant r1 0x200
load r2 r1
constant r3 8
neq r4 r2 r3
add r0 r0 r4
constant r1 0x20D
load r2 r1
constant r3 0x20
neq r4 r2 r3
add r0 r0 r4
constant r1 0x20E
load r2 r1
constant r3 0x603
neq r4 r2 r3
add r0 r0 r4
constant r1 0x20F
load r2 r1
constant r3 0x80000002
neq r4 r2 r3
add r0 r0 r4
constant r1 0x210
load r2 r1
constant r3 0x60B
neq r4 r2 r3
add r0 r0 r4
constant r1 0x608
load r2 r1
constant r3 5
neq r4 r2 r3
add r0 r0 r4
constant r1 0x609
load r2 r1
constant r3 128
neq r4 r2 r3
add r0 r0 r4
halt
