; crt0.s - minimal start-up code for the driver tests: stack, main(0, 0), halt.
.text
.global @_start
@_start:
constant r63 0x3FF000
constant r1 0
constant r2 0
constant r62 @_start$ret
constant r9 @main
jmp r9
@_start$ret:
halt
