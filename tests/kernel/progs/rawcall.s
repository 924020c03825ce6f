; rawcall.s - int raw_syscall(int number, int a, int b): a system call with any number,
; for badcall.c (tests/kernel). The number goes to r0, the arguments stay in r1, r2.
.text
.global @raw_syscall
@raw_syscall:
    mov r0 r1
    mov r1 r2
    mov r2 r3
    constant r9 0x80
    int r9
    jmp r62
