; lines received before the end are delivered first; every READ at or after the end
; ERRORs. r0 = first control (0) | second (ERROR) & 0xF0 | third (ERROR) & 0xF00 |
; first word << 16
; stdin: "x\n"
; result: 0x00780FF0
constant r8 @read
constant r9 @r1
jmp r8
@r1:
mov r20 r4
constant r1 0x406
load r23 r1
constant r9 @r2
jmp r8
@r2:
mov r21 r4
constant r9 @r3
jmp r8
@r3:
constant r3 0xF0
and r21 r21 r3
constant r3 0xF00
and r22 r4 r3
or r0 r20 r21
or r0 r0 r22
constant r3 16
shl r23 r23 r3
or r0 r0 r23
halt
; read: one READ on debug input, polls while PENDING; r4 = control, r9 = return
@read:
constant r1 0x403
constant r2 2
store r1 r2
constant r3 3
constant r5 @read_poll
@read_poll:
load r4 r1
eq r6 r4 r3
jnz r6 r5
jmp r9
