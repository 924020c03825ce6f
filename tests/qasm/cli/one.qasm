nop
data @a 5
