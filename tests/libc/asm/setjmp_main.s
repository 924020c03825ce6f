; setjmp_main.s - setjmp/longjmp test, three rounds through one setjmp: it must return
; 0, then 1 (longjmp with value 0), then 7, and each time the callee-saved registers
; r32..r61 and the stack pointer r63 must be what they were at the setjmp, although the
; code before each longjmp clobbers them. main returns 42 on success, else 1.
.text
.global @main
@main:
    constant r20 @saved_ra
    store r20 r62
    constant r32 111
    constant r40 222
    constant r61 333
    mov r33 r63                   ; the stack pointer at the setjmp
    constant r1 @env
    constant r62 @after_setjmp
    constant r9 @setjmp
    jmp r9
@after_setjmp:
    constant r25 @fail
    constant r20 @round
    load r21 r20
    constant r22 @expected
    add r22 r22 r21
    load r23 r22
    neq r24 r0 r23                ; setjmp's result for this round
    jnz r24 r25
    constant r26 111
    neq r24 r32 r26
    jnz r24 r25
    constant r26 222
    neq r24 r40 r26
    jnz r24 r25
    constant r26 333
    neq r24 r61 r26
    jnz r24 r25
    neq r24 r33 r63
    jnz r24 r25
    constant r26 1                ; next round
    add r21 r21 r26
    store r20 r21
    constant r26 3
    eq r24 r21 r26
    constant r25 @pass
    jnz r24 r25
    constant r32 0                ; clobber what longjmp must restore
    constant r40 0
    constant r61 0
    constant r33 0
    constant r26 10
    sub r63 r63 r26
    constant r1 @env
    constant r22 @values
    add r22 r22 r21
    load r2 r22                   ; longjmp(env, values[round])
    constant r62 @fail            ; (longjmp never returns)
    constant r9 @longjmp
    jmp r9
@pass:
    constant r0 42
    constant r20 @saved_ra
    load r62 r20
    jmp r62
@fail:
    constant r0 1
    constant r20 @saved_ra
    load r62 r20
    jmp r62

.data
@round:
    .word 0
@expected:
    .word 0 1 7
@values:
    .word 0 0 7
@saved_ra:
    .word 0

.bss
@env:
    .zero 32
