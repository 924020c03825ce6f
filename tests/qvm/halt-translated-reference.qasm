; without a kernel's tables (no system-call handler: [0x044] = 6 here), `halt` while
; the MMU translates halts the machine as in the reference (whose mmu-basic example
; does it). r0 = 0 (set before the halt).
; result: 0x00000000
constant r1 0x46
constant r2 @fault
store r1 r2
constant r1 0x4B
constant r2 @enter
store r1 r2
constant r1 0x44
constant r2 6
store r1 r2
constant r1 0x603
constant r2 @table
store r1 r2
constant r0 0
constant r5 6
int r5
halt
@enter:
int r0
@fault:
constant r1 0x43
load r2 r1
constant r3 16
shl r2 r2 r3
constant r1 0x42
load r4 r1
or r0 r2 r4
halt
data @table 1 0x1000 0x1000 0x100 0xE
