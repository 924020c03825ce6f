; fadd/fsub/fmul/fdiv on binary32: (1.5 + 2.25) * 2 / 0.5 - 1 = 14 = 0x41600000
; result: 0x41600000
; exit: 0
constant r1 1.5f
constant r2 2.25f
fadd r3 r1 r2
constant r4 2.0f
fmul r3 r3 r4
constant r4 0.5f
fdiv r3 r3 r4
constant r4 1.0f
fsub r0 r3 r4
halt
