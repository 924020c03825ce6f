; trampoline.s - interrupt trampolines and the return to a task (docs/kernel.md).
; On entry the machine has masked interrupts, turned the MMU off and saved r0-r63 and ip
; at 0x002-0x042, so every register is free here. Each trampoline moves to the trap
; stack and calls trap(n) (trap.c), which saves that state into the current process,
; handles the interrupt, and writes the state of the task to run next (and its MMU
; table) back. The return, `int` of a register holding 0, then loads those registers,
; re-enables interrupts and the MMU, and the task runs.

.text

.global @trap_fault
@trap_fault:                      ; interrupt 1: a fault (reason at 0x043)
    constant r1 1
    constant r9 @trap_common
    jmp r9

.global @trap_timer
@trap_timer:                      ; interrupt 2: the timer
    constant r1 2
    constant r9 @trap_common
    jmp r9

.global @trap_input
@trap_input:                      ; interrupt 4: a debug-input READ completed
    constant r1 4
    constant r9 @trap_common
    jmp r9

.global @trap_terminal
@trap_terminal:                   ; interrupt 5: a terminal READ completed (extension)
    constant r1 5
    constant r9 @trap_common
    jmp r9

.global @trap_syscall
@trap_syscall:                    ; interrupt 0x80: a system call (number in saved r0)
    constant r1 0x80
    constant r9 @trap_common
    jmp r9

; r1 = interrupt number
@trap_common:
    constant r63 @trap_stack_top
    constant r62 @trap_return
    constant r9 @trap
    jmp r9

; trap_return(): enters the task whose state is at 0x002-0x042 (C-callable; never
; returns). Used at the end of every trap and by kmain to start the first task.
.global @trap_return
@trap_return:
    constant r0 0
    int r0

; idle_task: the code of the idle task, a kernel task that runs when nothing else can.
; `wait` sleeps until an interrupt; the interrupt's saved ip is the wait itself.
.global @idle_task
@idle_task:
    wait
    constant r9 @idle_task
    jmp r9

; kcall(number, a, b, c): a system call made by a kernel task (the shell), through the
; same interrupt as user programs so that it runs masked and may block (docs/kernel.md).
.global @kcall
@kcall:
    mov r0 r1
    mov r1 r2
    mov r2 r3
    mov r3 r4
    constant r9 0x80
    int r9
    jmp r62

; machine_stop(status): halts the machine; the emulator exits with status & 0xFF.
.global @machine_stop
@machine_stop:
    mov r0 r1
    halt
