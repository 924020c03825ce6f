; int n with n > [0x44] (3 at boot) faults 0x05, saved ip = the int (0x1007).
; result: 0x00051007
constant r50 0x46
constant r51 @handler
store r50 r51
constant r1 4
int r1
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
