; entry.s - the kernel's first instructions (docs/kernel.md). qvm loads kernel.qbin at
; physical 0x1000 and starts here with the MMU off and interrupts enabled. We mask
; interrupts, move to the trap stack and call kmain(), which never returns: it ends by
; entering the first task through trap_return (trampoline.s). .bss is not zeroed: the machine
; zeroes all memory at reset and the kernel image is loaded only then.

.text
.global @_start
@_start:
    constant r0 0
    constant r1 0                 ; word 0x000: interrupt enable
    store r1 r0                   ; masked until the first task is entered
    constant r63 @trap_stack_top
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
