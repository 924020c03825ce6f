; a label defined twice, and a data name reusing a label
@a:
nop
@a:
nop
data @a 1
@`b`:
@b:
