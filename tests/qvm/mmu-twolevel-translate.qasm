; two-level MMU (--mmu=twolevel, id 0x80000001 at 0x603): L1 at 0x10000, one L2 table
; at 0x11000 mapping virtual pages 0x0000 and 0x1000 to themselves (rwx) and 0x8000 to
; frame 0x20000 (rw). A store to virtual 0x8005 lands in physical 0x20005 (read by the
; untranslated int 6 handler); r0 = that + the virtual load-back = 2 * 77; bit 16 =
; device id check.
; args: --mmu=twolevel
; result: 0x0001009A
constant r1 0x10000
constant r2 0x11000F
store r1 r2
constant r1 0x11000
constant r2 0x0000000F
store r1 r2
constant r1 0x11001
constant r2 0x0000100F
store r1 r2
constant r1 0x11008
constant r2 0x00020007
store r1 r2
constant r1 0x4B
constant r2 @peek
store r1 r2
constant r1 0x44
constant r2 6
store r1 r2
constant r1 0x4A
constant r2 @on
store r1 r2
constant r1 0x20D
load r20 r1
constant r1 0x603
constant r2 0x10000
store r1 r2
constant r1 5
int r1
constant r6 0x8005
constant r7 77
store r6 r7
load r8 r6
constant r1 6
int r1
@peek:
constant r1 0x20005
load r2 r1
add r0 r2 r8
constant r3 0x80000001
eq r3 r20 r3
constant r4 16
shl r3 r3 r4
or r0 r0 r3
halt
@on:
constant r0 0
int r0
