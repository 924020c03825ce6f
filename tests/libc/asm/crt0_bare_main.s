; crt0_bare_main.s - main for the bare start-up test: checks what crt0 passes (argc = 0,
; argv = {NULL}), that the stack pointer is the top of memory, and that .bss reads as
; zero; returns 42 if all hold (1, 2, 3, 4 name the first failing check).
.text
.global @main
@main:
    constant r0 1
    constant r20 @main$fail
    jnz r1 r20                    ; argc == 0
    constant r0 2
    load r21 r2
    jnz r21 r20                   ; argv[0] == NULL
    constant r0 3
    constant r21 0x400000
    neq r22 r63 r21
    jnz r22 r20                   ; r63 == top of memory (nothing pushed yet)
    constant r0 4
    constant r21 @table
    constant r22 @table+99
    load r23 r21
    jnz r23 r20                   ; first and last words of .bss are 0
    load r23 r22
    jnz r23 r20
    constant r0 42
@main$fail:
    jmp r62

.bss
@table:
    .zero 100
