; the timer handler adds 1 to the saved ip so the program continues after its wait;
; the second wait is resumed the same way. r0 = 2 + 0x40 (set after the waits)
; result: 0x00000042
constant r1 0x47
constant r2 @tick
store r1 r2
constant r1 0x300
constant r2 1
store r1 r2
wait
wait
constant r0 0x42
halt
@tick:
constant r1 0x42
load r2 r1
constant r3 1
add r2 r2 r3
store r1 r2
constant r0 0
int r0
