; a return with saved ip = 0 (nothing was saved) faults 0x05; the mask stays as it was
; (enabled at boot), so the fault entry saves registers with ip = 0.
; handler: r0 = reason << 16 | saved ip
; result: 0x00050000
constant r50 0x46
constant r51 @handler
store r50 r51
constant r1 0
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
