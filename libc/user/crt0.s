; crt0.s (user target) - start-up code for a C program running under the kernel.
; The kernel enters @_start with r1 = argc, r2 = argv (argv[argc] = NULL, the array and
; its strings in the process's memory) and r63 = the stack pointer (docs/syscalls.md).
; Zeroes .bss (@__bss_start..@__bss_end, from qld), calls main(argc, argv), then
; exit(result), which flushes the streams and makes the exit system call.
; Register use follows docs/abi.md.

.text
.global @_start
@_start:
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
    constant r62 @_start$returned
    constant r9 @main
    jmp r9
@_start$returned:
    mov r1 r0                     ; exit(main's result); never returns
    constant r62 @_start$returned
    constant r9 @exit
    jmp r9
