; a WRITE of a short message is PENDING (3) until the batch ends, then READY (0)
; r0 = control right after the WRITE << 4 | control after polling
; result: 0x00000030
; stdout: "x"
constant r60 1
constant r1 0x306
constant r2 0x78
store r1 r2
constant r1 0x305
store r1 r60
constant r1 0x303
store r1 r60
load r20 r1
constant r6 3
constant r5 @poll
@poll:
load r4 r1
eq r7 r4 r6
jnz r7 r5
constant r3 4
shl r0 r20 r3
or r0 r0 r4
halt
