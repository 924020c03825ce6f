; add wraps mod 2^32: 0xFFFFFFFF + 2 = 1
; result: 0x00000001
; cycles: 3
constant r1 0xFFFFFFFF
constant r2 2
add r0 r1 r2
halt
