; software may raise [0x044] (the reference kernel uses 0x80); int 0x80 then uses the
; handler at 0x045 + 0x80 = 0x0C5
; result: 0x00000080
constant r1 0x44
constant r2 0x80
store r1 r2
constant r1 0xC5
constant r2 @handler
store r1 r2
constant r3 0x80
int r3
halt
@handler:
constant r0 0x80
halt
