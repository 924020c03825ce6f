; the buffered devices show capacity 0xFD at +1; the clock word is 0 at boot
; r0 = [0x304] + [0x404] + [0x504] + [0x301] = 3 * 0xFD
; result: 0x000002F7
constant r1 0x304
load r2 r1
constant r1 0x404
load r3 r1
constant r1 0x504
load r4 r1
constant r1 0x301
load r5 r1
add r0 r2 r3
add r0 r0 r4
add r0 r0 r5
halt
