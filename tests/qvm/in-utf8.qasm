; input is decoded from UTF-8: "é€😀" is 3 words. r0 = size << 24 | last word
; stdin: "\u00e9\u20ac\U0001F600\n"
; result: 0x0301F600
; exit: 0
constant r8 @read
constant r9 @r1
jmp r8
@r1:
constant r1 0x405
load r20 r1
constant r1 0x408
load r21 r1
constant r3 24
shl r0 r20 r3
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
