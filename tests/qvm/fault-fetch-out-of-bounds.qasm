; a jump past the end of memory faults 0x04 at fetch, saved ip = the fetched address.
; args: -m 8192
; result: 0x00042000
constant r50 0x46
constant r51 @handler
store r50 r51
constant r1 8192
jmp r1
@handler:
constant r1 0x43
load r2 r1
constant r1 0x42
load r3 r1
constant r4 16
shl r0 r2 r4
or r0 r0 r3
halt
