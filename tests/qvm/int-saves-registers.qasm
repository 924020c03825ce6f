; entry stores r0..r63 at 0x002.. and ip (the int + 1) at 0x042, disables interrupts
; r0 = saved r1 + saved r63 + (saved ip == @after) << 8 + ([0x000] == 0) << 9
; result: 0x00000333
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @handler
store r1 r2
constant r1 0x11
constant r63 0x22
constant r5 5
int r5
@after:
halt
@handler:
constant r10 0x3
load r11 r10
constant r10 0x41
load r12 r10
add r0 r11 r12
constant r10 0x42
load r13 r10
constant r14 @after
eq r15 r13 r14
constant r16 8
shl r15 r15 r16
add r0 r0 r15
constant r10 0
load r13 r10
eq r15 r13 r10
constant r16 9
shl r15 r15 r16
add r0 r0 r15
halt
