; turn the list MMU on: identity pages for low memory, the program and the data
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @on
store r1 r2
constant r1 0x603
constant r2 @table
store r1 r2
constant r1 5
int r1
; bench (list MMU on): a load/store loop, 5 instructions per iteration, 30 M iterations
constant r1 30000000
constant r2 1
constant r3 @loop
constant r10 0x8000
@loop:
load r4 r10
add r4 r4 r2
store r10 r4
sub r1 r1 r2
jnz r1 r3
halt
@on:
constant r0 0
int r0
data @table 3 0x0 0x0 0x1000 0x6 0x1000 0x1000 0x1000 0xE 0x8000 0x100000 0x1000 0x6
