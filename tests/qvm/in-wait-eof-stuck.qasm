; a wait whose READ completes at the end of input without an input handler: nothing
; can wake the machine any more, status 255
; exit: 255
; stderr: "nothing can wake the machine"
constant r1 0x403
constant r2 2
store r1 r2
wait
halt
