; block device WRITE goes to the image file: the first run finds no mark in sector 3,
; writes one (0xC0FFEE at word 0) and halts with 1; the second run on the same image
; reads the mark and halts with it.
; disk: 4
; result: 0x00000001
; second-result: 0x00C0FFEE
constant r1 1
constant r2 3
constant r3 1
constant r4 0x5000
constant r9 @read
constant r8 @diskop
jmp r8
@read:
constant r20 0x5000
load r21 r20
constant r22 0xC0FFEE
eq r23 r21 r22
constant r24 @marked
jnz r23 r24
store r20 r22
constant r1 2
constant r2 3
constant r3 1
constant r4 0x5000
constant r9 @written
jmp r8
@written:
constant r0 1
halt
@marked:
mov r0 r21
halt
; diskop: r1 = command, r2 = LBA, r3 = count, r4 = buffer, r9 = return.
; r10 = STATUS right after the command, r11 = final STATUS, r12 = ERROR_CODE
@diskop:
constant r5 0x605
store r5 r2
constant r5 0x606
store r5 r3
constant r5 0x607
store r5 r4
constant r5 0x603
store r5 r1
constant r5 0x604
load r10 r5
constant r6 1
constant r7 @diskop_poll
@diskop_poll:
load r11 r5
eq r13 r11 r6
jnz r13 r7
constant r5 0x60A
load r12 r5
jmp r9
