; word 0x001 only informs: the machine always uses 0x044/0x045.. even after a program
; changes it (here to 0x900, where a decoy handler table would be)
; result: 0x00000055
constant r1 0x1
constant r2 0x900
store r1 r2
constant r1 0x905
constant r2 @decoy
store r1 r2
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @handler
store r1 r2
constant r5 5
int r5
halt
@handler:
constant r0 0x55
halt
@decoy:
constant r0 0xDEC
halt
