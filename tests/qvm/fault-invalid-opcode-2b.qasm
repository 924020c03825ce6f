; opcode 0x2B is the first invalid one: fault 0x01, saved ip = the instruction.
; Layout: 3 constants (6 words) + jmp at 0x1008, the bad word is @bad in data (0x1015).
; result: 0x00011015
constant r50 0x46
constant r51 @handler
store r50 r51
constant r1 @bad
jmp r1
@handler:
constant r1 0x43
load r2 r1
constant r1 0x42
load r3 r1
constant r4 16
shl r0 r2 r4
or r0 r0 r3
halt
data @bad 0x2B000000
