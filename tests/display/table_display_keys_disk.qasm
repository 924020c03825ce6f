; The device table with the options display_test.py gives this program (-D 320x200 -k -d disk):
; the stock mapping order, display and keypress after debug-file, the MMU last.
; r0 = number of mismatching words (0).
constant r60 1
constant r0 0
constant r1 0x200
constant r2 @expected
constant r3 21
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
halt
data @expected 10 1 0x300 6 0x301 2 0x302 3 0x303 4 0x403 0x11 0x503 5 0x603 0x10 0x607 0x20 0x60C 0x80000002 0x614
