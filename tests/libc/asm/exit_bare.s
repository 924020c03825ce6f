; exit_bare.s - stands in for libc's exit (C, not built yet) in the assembly tests of
; the bare start-up code: exit(status) goes straight to _exit (in crt0), which halts.
.text
.global @exit
@exit:
    constant r9 @_exit
    jmp r9
