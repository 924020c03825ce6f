; jz/jnz taken and not taken, jmp. r0 counts the paths that went right (4).
; result: 0x00000004
; cycles: 15
constant r0 0
constant r1 1
constant r9 0
constant r2 @a
jz r9 r2
halt
@a:
add r0 r0 r1
constant r2 @b
jz r1 r2
add r0 r0 r1
constant r2 @c
jnz r1 r2
halt
@b:
halt
@c:
add r0 r0 r1
constant r2 @d
jnz r9 r2
add r0 r0 r1
halt
@d:
halt
