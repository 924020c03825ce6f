; bench: a tight ALU loop, 4 instructions per iteration, 40 M iterations
constant r1 40000000
constant r2 1
constant r3 @loop
constant r4 0
@loop:
add r4 r4 r2
mul r5 r4 r2
sub r1 r1 r2
jnz r1 r3
halt
