; an empty line is delivered as size 0, READY. r0 = size1 << 8 | size2 << 4 | control1
; stdin: "\nzz\n"
; result: 0x00000020
constant r8 @read
constant r9 @r1
jmp r8
@r1:
constant r1 0x405
load r20 r1
mov r21 r4
constant r9 @r2
jmp r8
@r2:
constant r1 0x405
load r22 r1
constant r3 8
shl r0 r20 r3
constant r3 4
shl r22 r22 r3
or r0 r0 r22
or r0 r0 r21
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
