; the device table with no options: count 7, then (id, base) pairs in the stock order;
; 0x001 = 0x045, 0x044 = 3. r0 = number of mismatching words (0).
; result: 0x00000000
constant r60 1
constant r0 0
constant r1 0x200
constant r2 @expected
constant r3 15
constant r4 @loop
@loop:
load r5 r1
load r6 r2
neq r7 r5 r6
add r0 r0 r7
add r1 r1 r60
add r2 r2 r60
sub r3 r3 r60
jnz r3 r4
constant r1 0x1
load r5 r1
constant r6 0x45
neq r7 r5 r6
add r0 r0 r7
constant r1 0x44
load r5 r1
constant r6 3
neq r7 r5 r6
add r0 r0 r7
constant r1 0
load r5 r1
neq r7 r5 r60
add r0 r0 r7
halt
data @expected 7 1 0x300 6 0x301 2 0x302 3 0x303 4 0x403 0x11 0x503 0x80000002 0x603
