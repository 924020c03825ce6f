; FLUSH: BUSY, then READY at the batch end; NOP (0) changes nothing (status stays 0).
; r0 = flush busy << 8 | flush final << 4 | status after NOP
; disk: 2
; result: 0x00000100
constant r1 3
constant r2 0
constant r3 1
constant r4 0x5000
constant r9 @one
constant r8 @diskop
jmp r8
@one:
constant r5 0x603
constant r6 0
store r5 r6
constant r5 0x604
load r20 r5
constant r3 8
shl r0 r10 r3
constant r3 4
shl r11 r11 r3
or r0 r0 r11
or r0 r0 r20
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
