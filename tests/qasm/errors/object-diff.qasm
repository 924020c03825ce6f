; args: -c
; in an object, a difference needs two names of one section
constant r1 @a-@b
constant r2 @a-@ext
@a:
nop
.data
@b:
.word 1
