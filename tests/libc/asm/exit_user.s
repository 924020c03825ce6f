; exit_user.s - stands in for libc's exit in the assembly test of the user start-up
; code: exit(status) is the exit system call through the generated stub.
.text
.global @exit
@exit:
    constant r9 @__sys_exit
    jmp r9
