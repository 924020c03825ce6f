; a fault inside the fault handler (before any return) is a double fault: status 255
; exit: 255
; stderr: "double fault"
constant r50 0x46
constant r51 @handler
store r50 r51
constant r1 0
div r1 r1 r1
halt
@handler:
constant r1 0xFFFFFFFF
load r1 r1
halt
