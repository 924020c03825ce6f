; halt_insn.s - void run_halt(int status): executes `halt` with r0 = status, for
; userhalt.c (tests/kernel). Under the kernel this is a fault that kills the program.
.text
.global @run_halt
@run_halt:
    mov r0 r1
    halt
    jmp r62
