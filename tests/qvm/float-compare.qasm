; comparisons: NaN is unequal to everything (itself too), +0 == -0, flt/fgt ordinary.
; r0 = feq(NaN,NaN) | feq(0,-0)<<1 | flt(NaN,1)<<2 | fgt(2,1)<<3 | flt(-1,1)<<4 | fgt(NaN,1)<<5
; result: 0x0000001A
constant r1 NaN
constant r2 0.0f
constant r3 -0.0f
constant r4 1.0f
constant r5 2.0f
constant r6 -1.0f
feq r10 r1 r1
feq r11 r2 r3
flt r12 r1 r4
fgt r13 r5 r4
flt r14 r6 r4
fgt r15 r1 r4
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
