; setjmp.s - setjmp and longjmp (<setjmp.h>). A jmp_buf holds exactly what a call
; preserves under docs/abi.md: r32..r61, the return address r62 and the stack pointer
; r63, at env[0..31]. Only scratch registers (r0, r9, r10) are used besides.

.text

; int setjmp(jmp_buf env): saves the registers, returns 0.
.global @setjmp
@setjmp:
    constant r9 1
    mov r10 r1
    store r10 r32
    add r10 r10 r9
    store r10 r33
    add r10 r10 r9
    store r10 r34
    add r10 r10 r9
    store r10 r35
    add r10 r10 r9
    store r10 r36
    add r10 r10 r9
    store r10 r37
    add r10 r10 r9
    store r10 r38
    add r10 r10 r9
    store r10 r39
    add r10 r10 r9
    store r10 r40
    add r10 r10 r9
    store r10 r41
    add r10 r10 r9
    store r10 r42
    add r10 r10 r9
    store r10 r43
    add r10 r10 r9
    store r10 r44
    add r10 r10 r9
    store r10 r45
    add r10 r10 r9
    store r10 r46
    add r10 r10 r9
    store r10 r47
    add r10 r10 r9
    store r10 r48
    add r10 r10 r9
    store r10 r49
    add r10 r10 r9
    store r10 r50
    add r10 r10 r9
    store r10 r51
    add r10 r10 r9
    store r10 r52
    add r10 r10 r9
    store r10 r53
    add r10 r10 r9
    store r10 r54
    add r10 r10 r9
    store r10 r55
    add r10 r10 r9
    store r10 r56
    add r10 r10 r9
    store r10 r57
    add r10 r10 r9
    store r10 r58
    add r10 r10 r9
    store r10 r59
    add r10 r10 r9
    store r10 r60
    add r10 r10 r9
    store r10 r61
    add r10 r10 r9
    store r10 r62
    add r10 r10 r9
    store r10 r63
    constant r0 0
    jmp r62

; void longjmp(jmp_buf env, int value): restores the registers, so that the setjmp that
; filled env returns again, with value (1 if value is 0).
.global @longjmp
@longjmp:
    mov r0 r2
    constant r9 @longjmp$nonzero
    jnz r0 r9
    constant r0 1
@longjmp$nonzero:
    constant r9 1
    mov r10 r1
    load r32 r10
    add r10 r10 r9
    load r33 r10
    add r10 r10 r9
    load r34 r10
    add r10 r10 r9
    load r35 r10
    add r10 r10 r9
    load r36 r10
    add r10 r10 r9
    load r37 r10
    add r10 r10 r9
    load r38 r10
    add r10 r10 r9
    load r39 r10
    add r10 r10 r9
    load r40 r10
    add r10 r10 r9
    load r41 r10
    add r10 r10 r9
    load r42 r10
    add r10 r10 r9
    load r43 r10
    add r10 r10 r9
    load r44 r10
    add r10 r10 r9
    load r45 r10
    add r10 r10 r9
    load r46 r10
    add r10 r10 r9
    load r47 r10
    add r10 r10 r9
    load r48 r10
    add r10 r10 r9
    load r49 r10
    add r10 r10 r9
    load r50 r10
    add r10 r10 r9
    load r51 r10
    add r10 r10 r9
    load r52 r10
    add r10 r10 r9
    load r53 r10
    add r10 r10 r9
    load r54 r10
    add r10 r10 r9
    load r55 r10
    add r10 r10 r9
    load r56 r10
    add r10 r10 r9
    load r57 r10
    add r10 r10 r9
    load r58 r10
    add r10 r10 r9
    load r59 r10
    add r10 r10 r9
    load r60 r10
    add r10 r10 r9
    load r61 r10
    add r10 r10 r9
    load r62 r10
    add r10 r10 r9
    load r63 r10
    jmp r62
