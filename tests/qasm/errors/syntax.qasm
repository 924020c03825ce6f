; syntax errors: one report per line, then the next line
add r1 r2, r3
@a: nop
constant r1
r1 r2
data 5
constant r1 @
