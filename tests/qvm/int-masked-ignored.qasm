; with interrupts disabled ([0x000] = 0) int 5 is ignored before any other check
; (5 > [0x044] would fault): ip += 1, one cycle, counted as ignored
; result: 0x00000007
; cycles: 6
; stderr: "interrupts ignored: 1"
; stderr: "faults: 0"
constant r1 0
constant r2 0
store r1 r2
constant r3 5
int r3
constant r0 7
halt
