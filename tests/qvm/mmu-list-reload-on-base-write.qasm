; list MMU: the table is read when the base word is written (and at every enable);
; editing it in memory changes nothing until then. Page 0x8000 first maps to 0x20000
; (value 1); the table is edited to 0x30000 (value 2): still 1; after rewriting the
; base word (through the identity-mapped low page) the load gives 2.
; r0 = first << 8 | second << 4 | third
; result: 0x00000112
constant r1 0x20000
constant r2 1
store r1 r2
constant r1 0x30000
constant r2 2
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
constant r6 0x8000
load r10 r6
constant r1 @table
constant r2 10
add r1 r1 r2
constant r2 0x30000
store r1 r2
load r11 r6
constant r1 0x603
constant r2 @table
store r1 r2
load r12 r6
constant r3 8
shl r0 r10 r3
constant r3 4
shl r11 r11 r3
or r0 r0 r11
or r0 r0 r12
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
data @table 3 0x0 0x0 0x1000 0x6 0x1000 0x1000 0x1000 0xE 0x8000 0x20000 0x100 0x6
