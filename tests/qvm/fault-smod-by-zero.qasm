; extension: smod by 0 faults 0x06 (DIVIDE_BY_ZERO), saved ip = the smod (0x1009).
; result: 0x00061009
constant r50 0x46
constant r51 @handler
store r50 r51
constant r5 5
constant r6 0
smod r7 r5 r6
halt
@handler:
constant r1 0x43
load r2 r1
constant r1 0x42
load r3 r1
constant r4 16
shl r0 r2 r4
or r0 r0 r3
halt
