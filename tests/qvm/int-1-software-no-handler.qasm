; a software int 1 with no fault handler does nothing (not a fault)
; result: 0x00000009
; stderr: "faults: 0"
constant r3 1
int r3
constant r0 9
halt
