; rjmp/rjz/rjnz add a signed offset to the instruction's own address.
; rjmp 3 skips two words; rjnz -1 style loop counts r5 down from 3.
; result: 0x00000007
constant r0 0
constant r1 3
rjmp r1
halt
halt
constant r5 3
constant r6 1
constant r7 -2
constant r8 0
add r0 r0 r6
sub r5 r5 r6
rjnz r5 r7
constant r9 2
rjz r8 r9
halt
add r0 r0 r6
add r0 r0 r6
add r0 r0 r6
add r0 r0 r6
halt
