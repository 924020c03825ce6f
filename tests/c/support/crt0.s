; crt0.s - test-only start-up code for tests/c (until libc's crt0 exists):
; sets the stack below the top of the default 4 Mi-word memory, calls main(0, 0),
; flushes the test print buffer (support/print.c) and halts with main's result in r0.
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
mov r32 r0
constant r62 @_start$flushed
constant r9 @print_flush
jmp r9
@_start$flushed:
mov r0 r32
halt
