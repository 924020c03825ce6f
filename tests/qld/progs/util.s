; util.s - second object of the qld test program: code called from main.s that reads
; main.s's data, and read-only data that main.s points at.
.global @get_value
.global @bonus
.text
; get_value: r1 = @shared + twice(@bonus) (twice is in main.s), returns to r60
@get_value:
    constant r2 @bonus
    load r2 r2
    constant r61 @got_twice
    constant r6 @twice
    jmp r6
@got_twice:
    constant r1 @shared
    load r1 r1
    add r1 r1 r2
    jmp r60
.rodata
@bonus:
    .word 5
.bss
.global @buffer
@buffer:
    .zero 100
