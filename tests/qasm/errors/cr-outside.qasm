; CR is only allowed in comments and strings
nop
; a comment
data @s 'ab'
halt
