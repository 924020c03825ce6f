; sub wraps: 0 - 1 = 0xFFFFFFFF
; result: 0xFFFFFFFF
; exit: 255
constant r1 0
constant r2 1
sub r0 r1 r2
halt
