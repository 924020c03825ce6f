; user_main.s - main for the user start-up test: checks argc = 2, argv[1] = "x" and
; argv[2] = NULL, and returns 42 (crt0 then calls exit(42), a system call).
.text
.global @main
@main:
    constant r0 1
    constant r20 @main$fail
    constant r21 2
    neq r22 r1 r21
    jnz r22 r20                   ; argc == 2
    constant r0 2
    constant r21 1
    add r22 r2 r21
    load r23 r22                  ; argv[1]
    load r24 r23
    constant r21 120              ; 'x'
    neq r22 r24 r21
    jnz r22 r20
    constant r0 3
    constant r21 2
    add r22 r2 r21
    load r23 r22
    jnz r23 r20                   ; argv[2] == NULL
    constant r0 42
@main$fail:
    jmp r62
