; int 2 with handler word 0x047 = 0 (no timer handler at boot): ip += 1, one cycle,
; neither handled nor counted as ignored
; result: 0x00000009
; cycles: 3
; stderr: "interrupts handled: 0"
; stderr: "interrupts ignored: 0"
constant r3 2
int r3
constant r0 9
halt
