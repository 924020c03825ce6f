; list MMU: the most recently used page is tried first. Page E (virtual 0x1000-0x100F,
; physical 0x50000, read/write) overlaps the program's page M (0x1008-0x2007, identity,
; rwx). Code after the enabling return runs beyond 0x1010, so every fetch makes M the
; most recent page: a load of 0x1009 then translates through M (physical 0x1009, a word
; of this program) although E comes first in ascending order.
; r0 = (loaded == physical word 0x1009) | (loaded == 0xABC, E's word) << 1
; result: 0x00000001
constant r1 0x1009
load r20 r1
constant r1 0x50009
constant r2 0xABC
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
constant r2 @table
store r1 r2
constant r1 5
int r1
constant r1 0x1009
load r21 r1
eq r0 r21 r20
constant r3 0xABC
eq r4 r21 r3
constant r3 1
shl r4 r4 r3
or r0 r0 r4
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
data @table 2 0x1000 0x50000 0x10 0x6 0x1008 0x1008 0x1000 0xE
