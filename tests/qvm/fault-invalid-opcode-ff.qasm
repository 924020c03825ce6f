; opcode 0xFF faults 0x01 too and changes nothing: r7 keeps its value.
; handler: r0 = reason << 16 | r7
; result: 0x00010007
constant r50 0x46
constant r51 @handler
store r50 r51
constant r7 7
constant r1 @bad
jmp r1
@handler:
constant r1 0x43
load r2 r1
constant r4 16
shl r0 r2 r4
or r0 r0 r7
halt
data @bad 0xFF070707
