; interrupt entry turns translation off (handlers use physical addresses) and the
; return turns it back on: the timer handler reads physical 0x20000 (value 7) while
; the program, translated, reads virtual 0x8000 = physical 0x30000 (value 5)
; r0 = handler's read << 8 | program's read after the return
; result: 0x00000705
constant r1 0x20000
constant r2 7
store r1 r2
constant r1 0x30000
constant r2 5
store r1 r2
constant r1 0x47
constant r2 @tick
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
constant r1 0x300
constant r2 1
store r1 r2
constant r9 0
constant r8 @spin
@spin:
jz r9 r8
constant r6 0x8000
load r7 r6
constant r3 8
shl r0 r9 r3
or r0 r0 r7
halt
@tick:
constant r1 0x20000
load r2 r1
constant r1 0x0B
store r1 r2
constant r1 0x300
constant r2 0
store r1 r2
constant r0 0
int r0
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
data @table 3 0x0 0x0 0x1000 0x6 0x1000 0x1000 0x1000 0xE 0x8000 0x30000 0x100 0x6
