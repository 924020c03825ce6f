; entry.s - entry of the kernel-target library test: the kernel target has no crt0, so
; this sets the stack, calls kernel_test_main() and halts with its result.
.text
.global @kentry
@kentry:
    constant r63 0x400000
    constant r62 @kentry$done
    constant r9 @kernel_test_main
    jmp r9
@kentry$done:
    halt
