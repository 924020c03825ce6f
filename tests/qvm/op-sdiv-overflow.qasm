; extension: 0x80000000 sdiv -1 = 0x80000000, no host trap
; result: 0x80000000
; exit: 0
constant r1 0x80000000
constant r2 -1
sdiv r0 r1 r2
halt
