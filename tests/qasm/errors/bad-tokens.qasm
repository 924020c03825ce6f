; stray characters and bad numbers
nop # comment
constant r1 0X10
constant r2 12ab
constant r3 +5
@`open:
