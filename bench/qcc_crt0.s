; qcc_crt0.s - minimal start-up code for the qcc-lite benchmarks: stack, main(), halt.
.text
.global @_start
@_start:
constant r63 0x3FF000
constant r62 @_start$ret
constant r9 @main
jmp r9
@_start$ret:
halt
