; escapes: only \\ \' \n exist
data @s 'tab\there'
data @t 'ok\n'
data @u 'x\0'
