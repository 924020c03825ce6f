; two-level MMU: virtual 0x400000 uses L1 entry 1, which is 0 (not present): 0x03
; args: --mmu=twolevel
; result: 0x00030001
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
constant r6 0x400000
@where:
load r7 r6
halt
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
