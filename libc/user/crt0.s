; crt0.s (user target) - start-up code for a C program running under the kernel.
; The kernel enters @_start with r1 = argc, r2 = argv (argv[argc] = NULL, the array and
; its strings in the process's memory), r3 = envp (NULL-terminated) and r63 = the stack
; pointer (docs/syscalls.md). Zeroes .bss (@__bss_start..@__bss_end, from qld), sets
; environ = envp, calls main(argc, argv, envp), then
; exit(result), which flushes the streams and makes the exit system call.
; Register use follows docs/abi.md.
;
; Words 3-6 are the executable header of docs/kernel.md, read by the kernel's loader to
; map code R X, read-only data R and data/.bss/heap R W. The bounds are the symbols qld
; provides (docs/object-format.md), so they hold whatever objects follow crt0.

.text
.global @_start
@_start:
    constant r9 @_start$go        ; words 0-1
    jmp r9                        ; word 2
    .word 0x51505558              ; word 3: magic "QPUX"
    .word @__text_end             ; word 4: first word after .text
    .word @__data_start           ; word 5: first word of .data
    .word @_end                   ; word 6: first word after .bss
@_start$go:
    mov r10 r3                    ; envp, kept past the .bss loop
    constant r3 @__bss_start      ; r1 and r2 are kept for main
    constant r4 @__bss_end
    constant r5 1
    constant r6 0
    constant r7 @_start$zero
    constant r8 @_start$zeroed
@_start$zero:
    lt r9 r3 r4                   ; while (p < end) *p++ = 0;
    jz r9 r8
    store r3 r6
    add r3 r3 r5
    jmp r7
@_start$zeroed:
    constant r9 @environ
    store r9 r10
    mov r3 r10
    constant r62 @_start$returned
    constant r9 @main
    jmp r9
@_start$returned:
    mov r1 r0                     ; exit(main's result); never returns
    constant r62 @_start$returned
    constant r9 @exit
    jmp r9
