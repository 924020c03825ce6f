; smod has the sign of a: -7 smod 2 = -1; 7 smod -2 = 1; r0 = -1 + 1 + (-7 smod 3 = -1) = -1
; result: 0xFFFFFFFF
; exit: 255
constant r1 -7
constant r2 2
smod r3 r1 r2
constant r1 7
constant r2 -2
smod r4 r1 r2
constant r1 -7
constant r2 3
smod r5 r1 r2
add r0 r3 r4
add r0 r0 r5
halt
