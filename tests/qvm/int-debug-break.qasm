; int 3 runs the stock debug-break handler at 0x100 (8 words: it stores 1 to the
; device at 0x302 and returns); registers survive. After the return the device has
; completed (control 0 at the batch end the return caused).
; r0 = r7 (0x70) + [0x048] (0x100) + [0x302] (0) + [0x100] (0x05000000)
; result: 0x05000170
; exit: 112
constant r7 0x70
constant r3 3
int r3
constant r1 0x48
load r2 r1
add r0 r7 r2
constant r1 0x302
load r2 r1
add r0 r0 r2
constant r1 0x100
load r2 r1
add r0 r0 r2
halt
