; list MMU: the program's page without execute permission (flags 0x6): the fetch of
; the first instruction after the enabling return is refused, fault 0x03, saved ip =
; that instruction
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
data @table 1 0x1000 0x1000 0x1000 0x6
