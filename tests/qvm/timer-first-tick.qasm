; timer: deadline = C + N*10000 with C the counter before the storing instruction
; (7 here), so the 1 ms timer (deadline 10007) misses the tick at T = 10000 and fires
; at the tick at T = 20000. The loop (2 cycles per iteration) ran from cycle 8:
; (20000 - 8) / 2 = 9996 iterations. The handler's mov makes 20001 cycles.
; result: 0x0000270C
; cycles: 20001
constant r1 0x47
constant r2 @tick
store r1 r2
constant r5 0
constant r6 1
constant r7 @loop
constant r1 0x300
store r1 r6
@loop:
add r5 r5 r6
jmp r7
@tick:
mov r0 r5
halt
