; timer interrupts while interrupts are disabled are ignored (and counted), the
; deadline still advances: armed at C = 8 (deadline 10008), ticks at 20000, 30000,
; 40000 and 50000 are ignored during the 50000-cycle masked loop; after enabling,
; the tick at 60000 is taken.
; result: 0x00000001
; stderr: "interrupts ignored: 4"
; stderr: "interrupts handled: 1"
constant r1 0
constant r2 0
store r1 r2
constant r1 0x47
constant r2 @tick
store r1 r2
constant r6 1
constant r1 0x300
store r1 r6
constant r5 25000
constant r7 @loop
@loop:
sub r5 r5 r6
jnz r5 r7
constant r1 0
store r1 r6
constant r8 @spin
@spin:
jmp r8
@tick:
constant r0 1
halt
