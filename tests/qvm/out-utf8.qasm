; debug output: code points are written to stdout as UTF-8 (1 to 4 bytes each)
; result: 0x00000000
; stdout: "h\u00e9llo \u20ac\U0001F600\n"
constant r1 @msg
constant r9 @done
constant r8 @print
jmp r8
@done:
mov r0 r4
halt
; print: r1 = address of a counted string, r9 = return; r4 = final control word
@print:
constant r60 1
load r2 r1
constant r3 0x305
store r3 r2
constant r3 0x306
add r1 r1 r60
constant r5 @print_copy
constant r6 @print_go
@print_copy:
jz r2 r6
load r4 r1
store r3 r4
add r1 r1 r60
add r3 r3 r60
sub r2 r2 r60
jmp r5
@print_go:
constant r3 0x303
store r3 r60
constant r5 @print_poll
constant r6 3
@print_poll:
load r4 r3
eq r7 r4 r6
jnz r7 r5
jmp r9
data @msg 'héllo €😀\n'
