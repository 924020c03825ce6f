; sdiv truncates toward 0: -7 / 2 = -3, 7 / -2 = -3; r0 = (-3) + (-3) = -6
; result: 0xFFFFFFFA
; exit: 250
constant r1 -7
constant r2 2
sdiv r3 r1 r2
constant r1 7
constant r2 -2
sdiv r4 r1 r2
add r0 r3 r4
halt
