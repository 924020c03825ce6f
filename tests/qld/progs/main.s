; main.s - start-up and checks of a multi-object program linked by qld (tests/qld).
; Exit status (r0): 42 if every check passed, otherwise the number of the failed check.
.global @_start
.global @shared
.global @fill_bss
.global @twice
.text
@_start:
    ; poison .bss, then zero it the way start-up code does: __bss_start.. __bss_end
    constant r1 @__bss_start
    constant r2 @__bss_end
    constant r3 7
    constant r60 @poisoned
    constant r6 @fill_bss
    jmp r6
@poisoned:
    constant r1 @__bss_start
    constant r3 0
    constant r60 @zeroed
    constant r6 @fill_bss
    jmp r6
@zeroed:
    ; check 1: every .bss word is zero, and .bss is 100 + 3 words long
    constant r0 1
    constant r1 @__bss_start
    constant r2 @__bss_end
    sub r7 r2 r1
    constant r8 103
    neq r9 r7 r8
    constant r6 @fail
    jnz r9 r6
    load r9 r1
    jnz r9 r6
    constant r1 @buffer
    load r9 r1
    jnz r9 r6
    ; check 2: a call into util.o, which reads @shared (defined here) and its own rodata
    ; and calls @twice back here
    constant r0 2
    constant r60 @back
    constant r6 @get_value
    jmp r6
@back:
    constant r8 1010
    neq r9 r1 r8
    constant r6 @fail
    jnz r9 r6
    ; check 3: data here points at a label in util.o (data reference the other way)
    constant r0 3
    constant r1 @ptr_to_bonus
    load r1 r1
    load r1 r1
    constant r8 5
    neq r9 r1 r8
    jnz r9 r6
    ; check 4: a library function pulled from an archive, which uses a second archive
    constant r0 4
    constant r60 @back2
    constant r6 @lib_used
    jmp r6
@back2:
    constant r8 77
    neq r9 r1 r8
    constant r6 @fail
    jnz r9 r6
    ; check 5: _end is the first word after the program
    constant r0 5
    constant r1 @_end
    constant r2 @__bss_end
    neq r9 r1 r2
    jnz r9 r6
    constant r0 42
@fail:
    halt

; fill_bss: stores r3 in every word from r1 up to r2, returns to r60
@fill_bss:
    constant r4 1
    constant r6 @fill_done
@fill_loop:
    eq r5 r1 r2
    jnz r5 r6
    store r1 r3
    add r1 r1 r4
    constant r5 @fill_loop
    jmp r5
@fill_done:
    jmp r60

; twice: r2 = 2 * r2, returns to r61 (called from util.o)
@twice:
    add r2 r2 r2
    jmp r61

.data
@shared:
    .word 1000
@ptr_to_bonus:
    .word @bonus
.bss
    .zero 3
