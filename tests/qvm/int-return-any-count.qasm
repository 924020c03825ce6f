; a return works regardless of the mask and of [0x044]: the handler sets [0x044] = 0
; and returns; the program continues after its int with r0 = 0x33
; result: 0x00000033
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @handler
store r1 r2
constant r0 0x33
constant r5 5
int r5
halt
@handler:
constant r1 0x44
constant r2 0
store r1 r2
constant r0 0
int r0
