/* uses_asm.c - calls a function written in assembly (asm_part.s). */
int seven(void);
int main(void) { return seven() * 3; }
