; the fault handler skips the faulting instruction (saved ip += 1) and returns; the
; program then continues, and a second fault is handled again (the in-progress flag
; was cleared by the return). r0 = number of faults handled = 2, plus 40.
; result: 0x0000002A
constant r50 0x46
constant r51 @handler
store r50 r51
constant r0 40
constant r6 0
div r7 r0 r6
mod r7 r0 r6
halt
@handler:
constant r1 0x42
load r2 r1
constant r3 1
add r2 r2 r3
store r1 r2
constant r1 0x2
load r2 r1
add r2 r2 r3
store r1 r2
constant r0 0
int r0
