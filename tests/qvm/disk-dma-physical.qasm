; DMA bypasses the MMU: with translation on (virtual 0x9000 -> physical 0x20000), a READ
; into BUFFER 0x20000 fills physical 0x20000, which the program sees at virtual 0x9000.
; The device window (0x603...) is reached through an identity-mapped low page.
; r0 = word 1 of sector 2 as seen at virtual 0x9001
; disk: 4
; result: 0x00020001
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @on
store r1 r2
constant r1 0x60B
constant r2 @table
store r1 r2
constant r1 5
int r1
constant r1 1
constant r2 2
constant r3 1
constant r4 0x20000
constant r9 @done
constant r8 @diskop
jmp r8
@done:
constant r1 0x9001
load r0 r1
halt
@on:
constant r0 0
int r0
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
data @table 3 0x0 0x0 0x1000 0x6 0x1000 0x1000 0x1000 0xE 0x9000 0x20000 0x100 0x6
