; a program that waits only for the timer runs at full speed: 200 waits on a 10 ms
; timer take 200 * 10 ms = 2 s of virtual time; the count of cycles is exact:
; armed at C = 5, deadlines 100005 + k * 100000; each wait adds 10000; the handler
; (6 counted instructions) advances the saved ip past a wait.
; result: 0x000000C8
constant r1 0x47
constant r2 @tick
store r1 r2
constant r1 0x300
constant r2 10
store r1 r2
constant r5 0
constant r6 1
constant r7 200
constant r8 @loop
@loop:
wait
add r5 r5 r6
lt r9 r5 r7
jnz r9 r8
mov r0 r5
halt
@tick:
constant r1 0x42
load r2 r1
constant r3 1
add r2 r2 r3
store r1 r2
constant r0 0
int r0
