; pagecopy.s - kpagecopy(dst, src, n): copies n words, n a positive multiple of 8 (whole
; pages, for fork and stack growth), eight words per loop: 34 instructions per 8 words
; against kmemcpy's 48. C-callable (docs/abi.md): r1 = destination, r2 = source,
; r3 = count; changes r4-r17 only.

.text
.global @kpagecopy
@kpagecopy:
    constant r4 1
    constant r5 8
    constant r6 @kpagecopy$loop
@kpagecopy$loop:
    load r10 r2
    add r2 r2 r4
    load r11 r2
    add r2 r2 r4
    load r12 r2
    add r2 r2 r4
    load r13 r2
    add r2 r2 r4
    load r14 r2
    add r2 r2 r4
    load r15 r2
    add r2 r2 r4
    load r16 r2
    add r2 r2 r4
    load r17 r2
    add r2 r2 r4
    store r1 r10
    add r1 r1 r4
    store r1 r11
    add r1 r1 r4
    store r1 r12
    add r1 r1 r4
    store r1 r13
    add r1 r1 r4
    store r1 r14
    add r1 r1 r4
    store r1 r15
    add r1 r1 r4
    store r1 r16
    add r1 r1 r4
    store r1 r17
    add r1 r1 r4
    sub r3 r3 r5
    jnz r3 r6
    jmp r62
