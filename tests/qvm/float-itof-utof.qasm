; itof rounds to nearest even (16777217 -> 0x4B800000), -1 -> 0xBF800000;
; utof 0xFFFFFFFF -> 2^32 = 0x4F800000. r0 counts the three matches.
; result: 0x00000003
constant r0 0
constant r1 16777217
itof r2 r1
constant r3 0x4B800000
eq r4 r2 r3
add r0 r0 r4
constant r1 -1
itof r2 r1
constant r3 0xBF800000
eq r4 r2 r3
add r0 r0 r4
constant r1 0xFFFFFFFF
utof r2 r1
constant r3 0x4F800000
eq r4 r2 r3
add r0 r0 r4
halt
