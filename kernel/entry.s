; entry.s - the kernel's first instructions (docs/kernel.md). qvm loads kernel.qbin at
; physical 0x1000 and starts here with the MMU off and interrupts enabled. We mask
; interrupts, move to the trap stack, zero .bss and call kmain(), which never returns:
; it ends by entering the first task through trap_return (trap.s).

.text
.global @_start
@_start:
    constant r0 0
    constant r1 0                 ; word 0x000: interrupt enable
    store r1 r0                   ; masked until the first task is entered
    constant r63 @trap_stack_top
    constant r1 @__bss_start      ; zero .bss: for (p = start; p < end; p++) *p = 0
    constant r2 @__bss_end
    constant r3 1
    constant r5 @_start$zero
    constant r6 @_start$zeroed
@_start$zero:
    lt r7 r1 r2
    jz r7 r6
    store r1 r0
    add r1 r1 r3
    jmp r5
@_start$zeroed:
    constant r62 @_start$halt
    constant r9 @kmain
    jmp r9
@_start$halt:
    halt                          ; only if kmain returns: its result is the exit status

; The stack every trap (and kmain) runs on: interrupts are masked in the kernel, so
; there is never more than one trap in progress.
.bss
@trap_stack:
    .zero 2048
.global @trap_stack_top
@trap_stack_top:
    .zero 1
