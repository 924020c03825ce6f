; extension: 0x80000000 smod -1 = 0 (no host trap); r0 = that + 7
; result: 0x00000007
constant r1 0x80000000
constant r2 -1
smod r0 r1 r2
constant r3 7
add r0 r0 r3
halt
