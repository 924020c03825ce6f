; list MMU: overlapping pages are searched in ascending virtual-start order, not in
; table order: 0x8080 lies in both pages; the page starting at 0x8000 (listed second)
; wins, so the load reads physical 0x20080 (= 5), not 0x30000 (= 9)
; result: 0x00000005
constant r1 0x20080
constant r2 5
store r1 r2
constant r1 0x30000
constant r2 9
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
constant r6 0x8080
load r0 r6
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
data @table 3 0x1000 0x1000 0x1000 0xE 0x8080 0x30000 0x100 0x6 0x8000 0x20000 0x100 0x6
