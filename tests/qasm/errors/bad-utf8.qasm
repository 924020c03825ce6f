; invalid UTF-8 inside a string
data @s 'aÿ'
