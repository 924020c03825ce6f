; storing 0 disarms the timer: no interrupt in 50000 cycles; result 1 (0xBAD if the
; handler ran)
; result: 0x00000001
constant r1 0x47
constant r2 @tick
store r1 r2
constant r6 1
constant r1 0x300
store r1 r6
constant r2 0
store r1 r2
constant r5 25000
constant r7 @loop
@loop:
sub r5 r5 r6
jnz r5 r7
constant r0 1
halt
@tick:
constant r0 0xBAD
halt
