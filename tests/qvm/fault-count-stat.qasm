; --stats counts faults raised and interrupts handled (faults included)
; result: 0x00000001
; stderr: "faults: 2"
; stderr: "interrupts handled: 2"
constant r50 0x46
constant r51 @handler
store r50 r51
constant r6 0
div r7 r6 r6
div r7 r6 r6
constant r0 1
halt
@handler:
constant r1 0x42
load r2 r1
constant r3 1
add r2 r2 r3
store r1 r2
constant r0 0
int r0
