; READ on debug output (a direction it lacks) ends in ERROR at once
; result: 0xFFFFFFFF
; exit: 255
constant r1 0x303
constant r2 2
store r1 r2
load r0 r1
halt
