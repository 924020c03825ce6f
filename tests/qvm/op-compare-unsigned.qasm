; eq, neq, lt, gt are unsigned: 0xFFFFFFFF > 1, 1 < 0xFFFFFFFF.
; r0 = eq(5,5) | neq(5,6)<<1 | lt(1,big)<<2 | gt(big,1)<<3 | lt(big,1)<<4 | eq(5,6)<<5
; result: 0x0000000F
constant r1 5
constant r2 6
constant r3 1
constant r4 0xFFFFFFFF
eq r10 r1 r1
neq r11 r1 r2
lt r12 r3 r4
gt r13 r4 r3
lt r14 r4 r3
eq r15 r1 r2
constant r20 1
shl r11 r11 r20
constant r20 2
shl r12 r12 r20
constant r20 3
shl r13 r13 r20
constant r20 4
shl r14 r14 r20
constant r20 5
shl r15 r15 r20
or r0 r10 r11
or r0 r0 r12
or r0 r0 r13
or r0 r0 r14
or r0 r0 r15
halt
