; wait adds 10000 cycles and ends the batch; the tick then takes the timer interrupt
; with saved ip = the wait itself. Armed at C = 5 (deadline 10005), the wait makes
; T = 10006 >= 10005. Handler: constant + load = 10008 cycles; r0 = saved ip = @w.
; result: 0x0000100A
; cycles: 10008
constant r1 0x47
constant r2 @tick
store r1 r2
constant r1 0x300
constant r2 1
store r1 r2
@w:
wait
halt
@tick:
constant r1 0x42
load r0 r1
halt
