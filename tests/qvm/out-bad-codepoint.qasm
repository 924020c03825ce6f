; a word above 0x10FFFF fails the whole message: ERROR (0xFFFFFFFF), nothing printed;
; the device works again for the next message. r0 = first control word
; result: 0xFFFFFFFF
; exit: 255
; stdout: "ok\n"
constant r1 @bad
constant r9 @next
constant r8 @print
jmp r8
@next:
mov r20 r4
constant r1 @ok
constant r9 @done
jmp r8
@done:
mov r0 r20
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
data @bad 2 0x48 0x110000
data @ok 'ok\n'
