; extension: with [0x044] >= 5 and a handler at 0x04A, a completed terminal READ raises
; interrupt 5; at end of input the READ completes with ERROR and size 0 (and interrupts
; too). r0 = first word | size << 8 | (control of the second READ = ERROR) & 0xF << 16
; args: --terminal=on
; stdin: "Q"
; result: 0x000F0151
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @input
store r1 r2
constant r1 0x604
constant r2 2
store r1 r2
constant r8 @spin
@spin:
jmp r8
@input:
constant r1 @seen
load r2 r1
constant r5 @second
jnz r2 r5
constant r3 1
store r1 r3
constant r1 0x607
load r10 r1
constant r1 @first
store r1 r10
constant r1 0x606
load r11 r1
constant r1 @size
store r1 r11
constant r1 0x604
constant r2 2
store r1 r2
constant r1 0
int r1
@second:
constant r1 0x604
load r12 r1
constant r3 0xF
and r12 r12 r3
constant r3 16
shl r12 r12 r3
constant r1 @size
load r11 r1
constant r3 8
shl r11 r11 r3
constant r1 @first
load r10 r1
or r0 r10 r11
or r0 r0 r12
halt
data @seen 0
data @first 0
data @size 0
