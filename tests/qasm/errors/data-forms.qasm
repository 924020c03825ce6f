; data forms: numbers, one string, or one name
data @a 1 @b
data @b 'x' 'y'
data @c
data @d r1
