; lib_used.s - archive member that main.s needs; it needs @lib_deep from another archive.
.global @lib_used
@lib_used:
    constant r6 @lib_deep
    jmp r6
