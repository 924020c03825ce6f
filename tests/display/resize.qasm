; The width and height words are writable: a 4x3 frame of 0x00FF8040 shown after
; setting them, then a store of 2 to the control word (which does nothing, so the word
; keeps 2). r0 = control after the show (0) + 16 * control after storing 2 (2) = 0x20.
constant r60 1
constant r10 0x20000
constant r3 0x00FF8040
constant r2 12
@fill:
sub r2 r2 r60
add r5 r10 r2
store r5 r3
constant r7 @fill
jnz r2 r7
constant r5 0x604
constant r6 4
store r5 r6
constant r5 0x605
constant r6 3
store r5 r6
constant r5 0x606
store r5 r10
constant r5 0x603
store r5 r60
load r0 r5
constant r6 2
store r5 r6
load r4 r5
constant r6 16
mul r4 r4 r6
add r0 r0 r4
halt
