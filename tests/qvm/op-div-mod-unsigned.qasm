; div/mod are unsigned: 0xFFFFFFFE / 2 = 0x7FFFFFFF; 0xFFFFFFFF mod 10 = 5
; r0 = quotient + remainder = 0x80000004
; result: 0x80000004
constant r1 0xFFFFFFFE
constant r2 2
div r3 r1 r2
constant r1 0xFFFFFFFF
constant r2 10
mod r4 r1 r2
add r0 r3 r4
halt
