; mul keeps the low 32 bits: 0x10001 * 0x10001 = 0x1_0002_0001 -> 0x00020001
; result: 0x00020001
constant r1 0x10001
mul r0 r1 r1
halt
