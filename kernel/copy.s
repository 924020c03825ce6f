; copy.s - kmemcpy and kmemset, the kernel's hottest loops (every trap copies the 65
; saved registers twice), written as 6-instruction loops. C-callable (docs/abi.md):
; r1 = destination, r2 = source or value, r3 = count in words; changes r4-r8 only.

.text
.global @kmemcpy
@kmemcpy:
    constant r4 1
    constant r5 @kmemcpy$loop
    constant r6 0
    sgt r7 r3 r6                  ; nothing to do unless count > 0
    jz r7 r62
@kmemcpy$loop:
    load r8 r2
    store r1 r8
    add r1 r1 r4
    add r2 r2 r4
    sub r3 r3 r4
    jnz r3 r5
    jmp r62

.global @kmemset
@kmemset:
    constant r4 1
    constant r5 @kmemset$loop
    constant r6 0
    sgt r7 r3 r6
    jz r7 r62
@kmemset$loop:
    store r1 r2
    add r1 r1 r4
    sub r3 r3 r4
    jnz r3 r5
    jmp r62
