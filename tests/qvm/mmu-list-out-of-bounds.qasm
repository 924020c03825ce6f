; list MMU: a translation beyond physical memory faults 0x04 (OUT_OF_BOUNDS)
; result: 0x00040001
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
constant r2 @table
store r1 r2
constant r1 5
int r1
constant r6 0x8010
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
data @table 2 0x1000 0x1000 0x1000 0xE 0x8000 0xFFFFFF00 0x100 0x6
