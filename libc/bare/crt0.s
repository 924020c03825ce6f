; crt0.s (bare target) - start-up code for a C program running straight on qvm.
; Sets the stack pointer to the top of the default memory (0x400000 words,
; QPU_DEFAULT_MEMORY_WORDS in common/platform.h; qvm -m must give at least that much),
; zeroes .bss between @__bss_start and @__bss_end (symbols provided by qld), calls
; main(0, argv) with argv = {NULL}, then exit(result): exit runs the atexit functions,
; flushes every stream and ends in @_exit, which halts with the status in r0.
; Register use follows docs/abi.md (r62 return address, r63 stack pointer).

.text
.global @_start
@_start:
    constant r63 0x400000         ; full-descending: the first push goes to 0x3FFFFF
    constant r1 @__bss_start
    constant r2 @__bss_end
    constant r3 1
    constant r4 0
    constant r5 @_start$zero
    constant r6 @_start$zeroed
@_start$zero:
    lt r7 r1 r2                   ; while (p < end) *p++ = 0;
    jz r7 r6
    store r1 r4
    add r1 r1 r3
    jmp r5
@_start$zeroed:
    constant r1 0                 ; argc
    constant r2 @_start$argv      ; argv
    constant r62 @_start$returned
    constant r9 @main
    jmp r9
@_start$returned:
    mov r1 r0                     ; exit(main's result); never returns
    constant r62 @_start$returned
    constant r9 @exit
    jmp r9

; _exit(status): the end of every bare program. The emulator's exit status is r0 & 0xFF.
.global @_exit
@_exit:
    mov r0 r1
    halt

.data
@_start$argv:
    .word 0
