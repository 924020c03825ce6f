; COUNT = 0, or LBA + COUNT > total: STATUS 0xFF, ERROR_CODE 2.
; r0 = (code for LBA 2 + 3 > 4) << 8 | code for count 0
; disk: 4
; result: 0x00000202
; exit: 2
constant r1 1
constant r2 2
constant r3 3
constant r4 0x5000
constant r9 @one
constant r8 @diskop
jmp r8
@one:
mov r20 r12
constant r1 2
constant r2 0
constant r3 0
constant r9 @two
jmp r8
@two:
constant r3 8
shl r0 r20 r3
or r0 r0 r12
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
