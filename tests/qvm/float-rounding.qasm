; each result is rounded once, to nearest even: 16777216 + 1 = 16777216 (0x4B800000);
; 0.1 + 0.2 = 0x3E99999A in binary32
; r0 = (fadd(2^24, 1) == 0x4B800000) | (0.1f + 0.2f == 0x3E99999A) << 1
; result: 0x00000003
constant r1 16777216.0f
constant r2 1.0f
fadd r3 r1 r2
constant r4 0x4B800000
eq r10 r3 r4
constant r1 0.1f
constant r2 0.2f
fadd r3 r1 r2
constant r4 0x3E99999A
eq r11 r3 r4
constant r5 1
shl r11 r11 r5
or r0 r10 r11
halt
