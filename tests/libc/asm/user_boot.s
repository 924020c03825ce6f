; user_boot.s - a stand-in kernel for testing the user start-up code on bare qvm: it
; installs a handler for interrupt 0x80, sets up a stack and argc/argv the way
; docs/syscalls.md says the kernel does, and enters @_start. The handler accepts only
; the exit call (r0 = 0) and halts with its status (saved r1); anything else halts 99.
.text
.global @boot
@boot:
    constant r1 0x44
    constant r2 0x80
    store r1 r2                   ; highest interrupt number = 0x80
    constant r1 0xC5              ; 0x45 + 0x80: handler of interrupt 0x80
    constant r2 @syscall
    store r1 r2
    constant r63 0x300000
    constant r1 2                 ; argc
    constant r2 @argv             ; argv
    constant r9 @_start
    jmp r9
@syscall:
    constant r1 0x002             ; saved r0: the call number
    load r1 r1
    constant r0 99
    constant r2 @syscall$bad
    jnz r1 r2
    constant r1 0x003             ; saved r1: the status
    load r0 r1
@syscall$bad:
    halt

.data
@argv:
    .word @arg0 @arg1 0
@arg0:
    .word 'prog' 0
@arg1:
    .word 'x' 0
