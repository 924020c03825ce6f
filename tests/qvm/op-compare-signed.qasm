; slt, sgt are signed: -1 < 1, 1 > -1, not (-1 > 1), 0x80000000 < 0x7FFFFFFF
; r0 = slt(-1,1) | sgt(1,-1)<<1 | sgt(-1,1)<<2 | slt(min,max)<<3
; result: 0x0000000B
constant r1 -1
constant r2 1
constant r3 0x80000000
constant r4 0x7FFFFFFF
slt r10 r1 r2
sgt r11 r2 r1
sgt r12 r1 r2
slt r13 r3 r4
constant r20 1
shl r11 r11 r20
constant r20 2
shl r12 r12 r20
constant r20 3
shl r13 r13 r20
or r0 r10 r11
or r0 r0 r12
or r0 r0 r13
halt
