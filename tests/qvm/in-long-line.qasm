; a line longer than the capacity: the first READ delivers 253 words; the next READ
; delivers the remaining 47 at once (READY right after the store, no batch end).
; r0 = size1 | size2 << 8 | (control right after the 2nd store == READY) << 16
; stdin: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n"
; result: 0x00012FFD
constant r8 @read
constant r9 @r1
jmp r8
@r1:
constant r1 0x405
load r20 r1
constant r1 0x403
constant r2 2
store r1 r2
load r21 r1
constant r1 0x405
load r22 r1
constant r3 8
shl r22 r22 r3
constant r3 0
eq r21 r21 r3
constant r3 16
shl r21 r21 r3
or r0 r20 r22
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
