; block device READ of 2 sectors from LBA 1 into 0x5000 (image: word j of sector k is
; k << 16 | j). The command is BUSY (1) right after the store, READY (0) after the batch.
; r0 = word 5 of the buffer + word 128 + 7 + busy << 24 | final status << 28
; disk: 4
; result: 0x0103000C
constant r1 1
constant r2 1
constant r3 2
constant r4 0x5000
constant r9 @done
constant r8 @diskop
jmp r8
@done:
constant r1 0x5005
load r20 r1
constant r1 0x5087
load r21 r1
add r0 r20 r21
constant r3 24
shl r10 r10 r3
or r0 r0 r10
constant r3 28
shl r11 r11 r3
or r0 r0 r11
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
