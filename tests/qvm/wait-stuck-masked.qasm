; a wait with interrupts disabled can never end: qvm stops with status 255 naming ip
; exit: 255
; stderr: "wait with interrupts disabled can never end: at 0x00001005"
constant r1 0
constant r2 0
store r1 r2
wait
halt
