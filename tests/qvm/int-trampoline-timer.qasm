; an external interrupt arriving while a handler (a kernel trampoline) runs with
; interrupts disabled is ignored, not queued: the 1 ms timer is armed at C = 8
; (deadline 10008); the taken int 5 ends a batch at T = 13, so later batches end near
; T = 10013 and 20013, both during the 25000-cycle handler: both ticks are ignored and
; the deadline moves on. After the return (T = 25016) the tick near T = 35016 is taken.
; The timer handler halts with r0 = r6 (1, set by the main program after the return).
; result: 0x00000001
; stderr: "interrupts ignored: 2"
; stderr: "interrupts handled: 2"
constant r1 0x47
constant r2 @tick
store r1 r2
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x300
constant r2 1
store r1 r2
constant r1 0x4A
constant r2 @trampoline
store r1 r2
constant r1 5
int r1
constant r6 1
constant r7 @spin
@spin:
jmp r7
@trampoline:
constant r5 12500
constant r6 1
constant r7 @busy
@busy:
sub r5 r5 r6
jnz r5 r7
constant r0 0
int r0
@tick:
mov r0 r6
halt
