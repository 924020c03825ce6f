; the clock word (0x301) holds floor(T / 10000), written at each tick: 0 before the
; first batch ends, 3 after 35000 cycles (last tick at T = 30000)
; r0 = clock at start << 8 | clock after the loop
; result: 0x00000003
constant r1 0x301
load r20 r1
constant r5 17500
constant r6 1
constant r7 @loop
@loop:
sub r5 r5 r6
jnz r5 r7
load r21 r1
constant r3 8
shl r0 r20 r3
or r0 r0 r21
halt
