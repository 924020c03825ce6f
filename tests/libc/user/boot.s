; boot.s - entry of the user-target test: plays the kernel's part of docs/syscalls.md on
; bare qvm. Installs @syscall_entry for interrupt 0x80, sets the stack pointer and
; argc/argv (r1, r2), and enters the program's crt0 at @_start. A system call lands in
; @syscall_entry with the program's registers saved at 0x002 (spec/platform.md); it runs
; fake_kernel_syscall() in C on the program's stack (docs/abi.md allows it: no red zone),
; stores the result as the saved r0 and returns from the interrupt.
.text
.global @boot
@boot:
    constant r1 0x44
    constant r2 0x80
    store r1 r2                   ; highest interrupt number = 0x80
    constant r1 0xC5              ; 0x45 + 0x80
    constant r2 @syscall_entry
    store r1 r2
    constant r63 0x300000
    constant r1 3                 ; argc
    constant r2 @argv
    constant r9 @_start
    jmp r9

@syscall_entry:
    constant r62 @syscall_return
    constant r9 @fake_kernel_syscall
    jmp r9
@syscall_return:
    constant r1 0x002             ; the saved r0 becomes the result
    store r1 r0
    constant r0 0
    int r0

; fake_kernel_halt(status): ends the test machine (the exit system call).
.global @fake_kernel_halt
@fake_kernel_halt:
    mov r0 r1
    halt

.data
@argv:
    .word @arg0 @arg1 @arg2 0
@arg0:
    .word 'user_stdio' 0
@arg1:
    .word 'first' 0
@arg2:
    .word 'second argument' 0
