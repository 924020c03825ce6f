; operand counts and kinds
add r1 r2
halt r1
jmp 5
constant r1 r2
constant r1 1 2
