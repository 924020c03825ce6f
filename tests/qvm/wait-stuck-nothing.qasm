; a wait with no timer armed and no input pending can never end: status 255
; exit: 255
; stderr: "wait: nothing can wake the machine"
constant r0 5
wait
halt
