; The kernel's context switch. A software-interrupt handler switches to another
; register set: it rewrites the saved registers at 0x002-0x042 (all 0 except r1 =
; 0x2000), puts the new ip 0x1000 (virtual) in 0x042, sets up an MMU table, and returns
; with int 0x0. The task then runs at its own virtual ip 0x1000 (physical @task) with
; the MMU on; later timer interrupts (1 ms) are delivered: their handler runs with the
; MMU off, counts ticks in physical @counter (the task's virtual 0x2000) and checks
; that every saved ip is a virtual address of the task (else sets @counter+1).
; The task loops until it sees 3 ticks, then halts with
; r0 = (its first ip, 0x1000) << 16 | ticks << 8 | bad-ip flag.
; result: 0x10000300
; exit: 0
constant r60 1
constant r1 0x47
constant r2 @timer
store r1 r2
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @switch
store r1 r2
constant r1 0x300
store r1 r60
constant r1 5
int r1
halt

; int 5: build the page table at 0x8000, point the MMU at it, switch registers
@switch:
constant r1 0x8000
constant r2 2
store r1 r2
add r1 r1 r60
constant r2 0x1000
store r1 r2
add r1 r1 r60
constant r2 @task
store r1 r2
add r1 r1 r60
constant r2 32
store r1 r2
add r1 r1 r60
constant r2 0xA
store r1 r2
add r1 r1 r60
constant r2 0x2000
store r1 r2
add r1 r1 r60
constant r2 @counter
store r1 r2
add r1 r1 r60
constant r2 2
store r1 r2
add r1 r1 r60
constant r2 0x6
store r1 r2
constant r1 0x603
constant r2 0x8000
store r1 r2
constant r1 0x2
constant r2 0x42
constant r3 0
constant r5 @clear
@clear:
store r1 r3
add r1 r1 r60
lt r4 r1 r2
jnz r4 r5
constant r1 0x3
constant r2 0x2000
store r1 r2
constant r1 0x42
constant r2 0x1000
store r1 r2
constant r0 0
int r0

; the timer handler: registers are the task's (restored by the return)
@timer:
constant r10 1
constant r1 @counter
load r2 r1
add r2 r2 r10
store r1 r2
constant r1 0x42
load r3 r1
constant r4 0x1000
lt r5 r3 r4
constant r4 0x1020
lt r6 r3 r4
sub r6 r10 r6
or r5 r5 r6
constant r1 @counter
add r1 r1 r10
load r2 r1
or r2 r2 r5
store r1 r2
constant r0 0
int r0

; the task: position independent (relative jumps only), runs at virtual 0x1000
@task:
mov r7 ip
constant r8 3
load r3 r1
lt r5 r3 r8
constant r6 -4
rjnz r5 r6
constant r9 0x2001
load r10 r9
constant r11 8
shl r0 r3 r11
or r0 r0 r10
constant r11 16
shl r7 r7 r11
or r0 r0 r7
halt
data @counter 0 0
