; translation applies only while the MMU is enabled and its base word is not 0: with
; base 0, after an enabling return, addresses stay physical
; result: 0x00000063
constant r1 0x20005
constant r2 99
store r1 r2
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @on
store r1 r2
constant r1 0x603
constant r2 0
store r1 r2
constant r1 5
int r1
constant r1 0x20005
load r0 r1
halt
@on:
constant r0 0
int r0
