; a 3 ms timer fires repeatedly; the handler counts and returns. The main loop waits
; for 4 ticks, then reads the clock: ticks at deadlines 30006, 60006, 90006, 120006
; are taken at the first tick at or after them, so the 4th tick happens at a batch
; end between 120006 and 130006: clock = 12 or 13 ms (checked as 12 <= clock <= 13).
; r0 = ticks << 8 | clock_ok
; result: 0x00000401
constant r1 0x47
constant r2 @tick
store r1 r2
constant r1 0x300
constant r2 3
store r1 r2
constant r10 @ticks
constant r11 4
constant r12 @loop
@loop:
load r13 r10
lt r14 r13 r11
jnz r14 r12
constant r1 0x301
load r2 r1
constant r3 11
gt r4 r2 r3
constant r3 14
lt r5 r2 r3
and r4 r4 r5
constant r3 8
shl r0 r13 r3
or r0 r0 r4
halt
@tick:
constant r1 @ticks
load r2 r1
constant r3 1
add r2 r2 r3
store r1 r2
constant r0 0
int r0
data @ticks 0
