; int 1 bypasses the mask; taken while masked it saves nothing (0x042 stays 0)
; handler: r0 = [0x042] + 0x100 (r0 would be 5 if registers were restored)
; result: 0x00000100
constant r1 0x46
constant r2 @handler
store r1 r2
constant r1 0
constant r2 0
store r1 r2
constant r0 5
constant r3 1
int r3
halt
@handler:
constant r1 0x42
load r2 r1
constant r3 0x100
add r0 r2 r3
halt
