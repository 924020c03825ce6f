; debug input: each READ delivers one line without its newline, one code point per
; word, even when several lines arrive together. r0 = size1 | size2 << 8 | 2nd line's
; first word << 16 | control << 24
; stdin: "hello\nworld!\n"
; result: 0x00770605
constant r8 @read
constant r9 @r1
jmp r8
@r1:
constant r1 0x405
load r20 r1
constant r9 @r2
jmp r8
@r2:
constant r1 0x405
load r21 r1
constant r1 0x406
load r22 r1
constant r3 8
shl r21 r21 r3
constant r3 16
shl r22 r22 r3
constant r3 24
shl r23 r4 r3
or r0 r20 r21
or r0 r0 r22
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
