; strings must end on their line
data @s 'abc
data @t 'ends with backslash\
nop
