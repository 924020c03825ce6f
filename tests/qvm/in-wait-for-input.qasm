; a wait with a READ pending and no timer blocks on host input (extension); the
; completed READ raises interrupt 4, which ends the wait. r0 = first word
; stdin: "k\n"
; result: 0x0000006B
constant r1 0x44
constant r2 4
store r1 r2
constant r1 0x49
constant r2 @input
store r1 r2
constant r1 0x403
constant r2 2
store r1 r2
wait
halt
@input:
constant r1 0x406
load r0 r1
halt
