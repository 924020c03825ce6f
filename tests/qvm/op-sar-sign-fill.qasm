; sar fills with the sign: 0x80000000 sar 4 = 0xF8000000; 0x40000000 sar 4 = 0x04000000;
; sar by 36 is sar by 4. r0 = 0xF8000000 | 0x04000000
; result: 0xFC000000
; exit: 0
constant r1 0x80000000
constant r2 36
sar r3 r1 r2
constant r1 0x40000000
constant r2 4
sar r4 r1 r2
or r0 r3 r4
halt
