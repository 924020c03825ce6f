; storing a value other than WRITE or READ (0 included) makes the control ERROR at once
; r0 = (control after storing 0 == ERROR) + (control after storing 7 == ERROR)
; result: 0x00000002
constant r1 0x303
constant r2 0
store r1 r2
load r3 r1
constant r4 0xFFFFFFFF
eq r5 r3 r4
constant r2 7
store r1 r2
load r3 r1
eq r6 r3 r4
add r0 r5 r6
halt
