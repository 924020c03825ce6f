; a fault inside a (masked) software-interrupt handler: the fault handler replaces it
; and saves nothing; its return resumes the state saved when interrupt 5 was entered
; (after the int). r0 = 0x50 | 1 (fault handler ran) from the saved registers.
; result: 0x00000051
constant r50 0x46
constant r51 @fault
store r50 r51
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @int5
store r1 r2
constant r0 0x50
constant r1 5
int r1
halt
@int5:
constant r1 0
div r1 r1 r1
halt
@fault:
constant r1 0x2
load r2 r1
constant r3 1
or r2 r2 r3
store r1 r2
constant r0 0
int r0
