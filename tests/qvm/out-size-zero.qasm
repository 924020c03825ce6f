; a WRITE of size 0 prints nothing and completes READY (and, under UBSan, passes no null
; pointer to memcpy). r0 = control after polling.
; stdout: ""
; result: 0x00000000
constant r60 1
constant r1 0x305
constant r2 0
store r1 r2
constant r1 0x303
store r1 r60
constant r6 3
constant r5 @poll
@poll:
load r4 r1
eq r7 r4 r6
jnz r7 r5
mov r0 r4
halt
