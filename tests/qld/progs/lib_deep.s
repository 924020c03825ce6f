; lib_deep.s - member of the second archive: r1 = 77, returns to r60.
.global @lib_deep
@lib_deep:
    constant r1 77
    jmp r60
