; store writes mem[d] = s0, load reads it back; data words are ordinary memory
; result: 0x12345678
constant r1 @cell
constant r2 0x12345678
store r1 r2
load r0 r1
halt
data @cell 0
