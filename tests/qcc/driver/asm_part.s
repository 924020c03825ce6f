; asm_part.s - an assembly file given to the driver: int seven(void) returns 7.
.text
.global @seven
@seven:
constant r0 7
jmp r62
