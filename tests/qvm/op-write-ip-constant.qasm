; constant into ip (0x05400000, value) gives ip = value + 2
; result: 0x00000063
constant r0 1
constant r3 @code
jmp r3
halt
halt
@target:
constant r0 99
halt
data @code 0x05400000 0x00001005
