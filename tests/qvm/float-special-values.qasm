; 1/0 = +Inf (0x7F800000); 0/0 is a NaN (unequal to itself); the smallest subnormal
; survives (1e-45 * 1 stays 0x00000001, no flush to zero).
; r0 = (1/0 == Inf) | (0/0 != 0/0) << 1 | (subnormal kept) << 2
; result: 0x00000007
constant r1 1.0f
constant r2 0.0f
fdiv r3 r1 r2
constant r4 0x7F800000
eq r10 r3 r4
fdiv r5 r2 r2
feq r6 r5 r5
constant r7 1
sub r11 r7 r6
shl r11 r11 r7
constant r1 0x00000001
constant r2 1.0f
fmul r3 r1 r2
eq r12 r3 r7
constant r8 2
shl r12 r12 r8
or r0 r10 r11
or r0 r0 r12
halt
