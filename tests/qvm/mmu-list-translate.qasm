; list MMU: a store through virtual 0x8005 lands in physical 0x20005 (read back by
; the handler of int 6, which runs untranslated), and a load through the read-only
; alias 0x9005 sees it. r0 = physical value + aliased value = 2 * 77
; result: 0x0000009A
constant r1 0x4B
constant r2 @peek
store r1 r2
constant r1 0x44
constant r2 6
store r1 r2
constant r1 0x4A
constant r2 @on
store r1 r2
constant r1 0x603
constant r2 @table
store r1 r2
constant r1 5
int r1
constant r6 0x8005
constant r7 77
store r6 r7
constant r6 0x9005
load r8 r6
constant r1 6
int r1
@peek:
constant r1 0x20005
load r2 r1
add r0 r2 r8
halt
@on:
constant r0 0
int r0
data @table 3 0x1000 0x1000 0x1000 0xE 0x8000 0x20000 0x100 0x6 0x9000 0x20000 0x100 0x2
