; list MMU: constant's immediate is read with Read access, not Execute: on an
; execute-only page (flags 0x8) the constant faults 0x03 at the instruction
; result: 0x00030001
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
@where:
constant r6 7
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
data @table 1 0x1000 0x1000 0x1000 0x8
