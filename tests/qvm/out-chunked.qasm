; a message longer than the capacity (0xFD): the first WRITE with size 300 takes 253
; words and is READY at once (no batch end needed); the client refills the buffer with
; the other 47, size 47, WRITE again; the two parts print as one message.
; r0 = control right after the first WRITE (0) << 4 | final control (0)
; result: 0x00000000
; stdout: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
constant r60 1
constant r61 0x61
constant r3 0x306
constant r2 253
constant r5 @fill
@fill:
store r3 r61
add r3 r3 r60
sub r2 r2 r60
jnz r2 r5
constant r1 0x305
constant r2 300
store r1 r2
constant r1 0x303
store r1 r60
load r20 r1
constant r3 0x306
constant r2 47
@fill2:
store r3 r61
add r3 r3 r60
sub r2 r2 r60
constant r5 @fill2
jnz r2 r5
constant r3 0x306
constant r4 46
add r3 r3 r4
constant r4 0x62
store r3 r4
constant r1 0x305
constant r2 47
store r1 r2
constant r1 0x303
store r1 r60
constant r6 3
constant r5 @poll
@poll:
load r4 r1
eq r7 r4 r6
jnz r7 r5
constant r3 4
shl r0 r20 r3
or r0 r0 r4
halt
