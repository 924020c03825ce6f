@b:
constant r1 @a
data @c 'z'
constant r2 @b
