; with [0x44] = 0 a fault finds no valid interrupt 1: it becomes a double fault
; exit: 255
; stderr: "double fault"
constant r50 0x46
constant r51 @handler
store r50 r51
constant r1 0x44
constant r2 0
store r1 r2
div r1 r1 r2
halt
@handler:
constant r0 1
halt
