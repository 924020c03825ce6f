; two-level MMU: every enable (each interrupt return) clears the translation cache, so an
; edited L2 entry takes effect after the next return. r0 = before << 4 | after
; args: --mmu=twolevel
; result: 0x00000012
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
constant r1 5
int r1
load r11 r6
constant r3 4
shl r0 r10 r3
or r0 r0 r11
halt
@on:
constant r0 0
int r0
