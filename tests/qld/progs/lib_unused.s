; lib_unused.s - archive member nothing references: must not be linked.
.global @lib_unused
@lib_unused:
    constant r1 13
    jmp r60
