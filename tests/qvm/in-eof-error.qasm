; at end of input a READ completes with ERROR and size 0 (extension); an unterminated
; last line is dropped. size was preset to 9. r0 = (control == ERROR) | (size == 0) << 1
; stdin: "abc"
; result: 0x00000003
constant r1 0x405
constant r2 9
store r1 r2
constant r8 @read
constant r9 @r1
jmp r8
@r1:
constant r1 0x405
load r20 r1
constant r3 0xFFFFFFFF
eq r0 r4 r3
constant r3 0
eq r21 r20 r3
constant r3 1
shl r21 r21 r3
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
