; shift counts use b & 31: 1 shl 33 = 2; 0x80000000 shr 31 = 1 (zero fill);
; 0x80000000 shr 32 = 0x80000000 (count 0). r0 = 2 + 1 + 0x80000000
; result: 0x80000003
constant r1 1
constant r2 33
shl r3 r1 r2
constant r1 0x80000000
constant r2 31
shr r4 r1 r2
constant r2 32
shr r5 r1 r2
add r0 r3 r4
add r0 r0 r5
halt
