; bench: a load/store loop, 5 instructions per iteration, 30 M iterations
constant r1 30000000
constant r2 1
constant r3 @loop
constant r10 0x8000
@loop:
load r4 r10
add r4 r4 r2
store r10 r4
sub r1 r1 r2
jnz r1 r3
halt
