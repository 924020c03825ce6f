; two-level MMU: successful translations are cached per page until the base is
; written (or the MMU is enabled again). After a load of virtual 0x8000 (frame 0x20000,
; value 1), the L2 entry is changed to frame 0x30000 (value 2) through the identity
; mapped table page 0x11000: the next load still sees 1; after rewriting the base
; word, 2. r0 = first << 8 | second << 4 | third
; args: --mmu=twolevel
; result: 0x00000112
constant r1 0x20000
constant r2 1
store r1 r2
constant r1 0x30000
constant r2 2
store r1 r2
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
constant r1 0x11011
constant r2 0x00011007
store r1 r2
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @on
store r1 r2
constant r1 0x46
constant r2 @fault
store r1 r2
constant r1 0x603
constant r2 0x10000
store r1 r2
constant r1 5
int r1
constant r6 0x8000
load r10 r6
constant r1 0x11008
constant r2 0x00030007
store r1 r2
load r11 r6
constant r1 0x603
constant r2 0x10000
store r1 r2
load r12 r6
constant r3 8
shl r0 r10 r3
constant r3 4
shl r11 r11 r3
or r0 r0 r11
or r0 r0 r12
halt
@where:
@on:
constant r0 0
int r0
@fault:
constant r1 0x43
load r2 r1
constant r1 0x42
load r3 r1
constant r4 @where
eq r5 r3 r4
constant r4 16
shl r0 r2 r4
or r0 r0 r5
halt
