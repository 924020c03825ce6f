; a hand-encoded destination 0x40 writes ip and the normal advance is still added:
; mov ip r1 (0x04400100) with r1 = @target - 1 lands on @target.
; result: 0x00000063
constant r0 1
constant r1 @target
constant r2 1
sub r1 r1 r2
constant r3 @code
jmp r3
@target:
constant r0 99
halt
data @code 0x04400100
