; extension: with [0x044] >= 4 and a handler at 0x049, a completed READ raises
; interrupt 4 (saved ip = the next instruction). r0 = first word | size << 8
; stdin: "Q\n"
; result: 0x00000151
constant r1 0x44
constant r2 4
store r1 r2
constant r1 0x49
constant r2 @input
store r1 r2
constant r1 0x403
constant r2 2
store r1 r2
constant r8 @spin
@spin:
jmp r8
@input:
constant r1 0x406
load r2 r1
constant r1 0x405
load r3 r1
constant r4 8
shl r3 r3 r4
or r0 r2 r3
halt
