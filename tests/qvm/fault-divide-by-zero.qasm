; extension: div by 0 faults 0x06, saved ip = the div (0x1009), d unchanged (r5 = 5).
; result: 0x00061009
constant r50 0x46
constant r51 @handler
store r50 r51
constant r5 5
constant r6 0
div r5 r5 r6
halt
@handler:
constant r1 0x43
load r2 r1
constant r1 0x42
load r3 r1
constant r4 16
shl r0 r2 r4
or r0 r0 r3
constant r4 5
eq r4 r5 r4
constant r9 @ok
jnz r4 r9
constant r0 0
halt
@ok:
halt
