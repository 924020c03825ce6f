; label arithmetic (docs/qasm-extensions.md): @name+N, @name-N, @a-@b, back-quoted names
@a:
constant r1 @b+2
constant r2 @b-0x10
constant r3 @b-@a
constant r4 @a-@b
constant r5 @`odd name`+1
@b:
@`odd name`:
.word @a @b+1 @`b`-@a
;> 05010000 0000100C 05020000 00000FFA 05030000 0000000A 05040000 FFFFFFF6
;> 05050000 0000100B 00001000 0000100B 0000000A
;> 00000000 00000000
;> 00000000 00000000
