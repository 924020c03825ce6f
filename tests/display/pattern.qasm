; A 320x200 test pattern drawn straight through the display device at its stock
; address (0x603 with -D and no other options), as reference programs do: pixel (x, y)
; = 0xAB000000 | (x + y) << 16 | y << 8 | x at 0x10000 + 320y + x. Then word +3 = the
; frame, store 1 to the control word; r0 = the control word afterwards (0, READY).
constant r60 1
constant r10 0x10000
constant r20 200
constant r21 320
constant r1 0
@yloop:
constant r2 0
@xloop:
constant r8 8
shl r3 r1 r8
or r3 r3 r2
add r4 r1 r2
constant r8 16
shl r4 r4 r8
or r3 r3 r4
constant r8 0xAB000000
or r3 r3 r8
mul r5 r1 r21
add r5 r5 r2
add r5 r5 r10
store r5 r3
add r2 r2 r60
lt r6 r2 r21
constant r7 @xloop
jnz r6 r7
add r1 r1 r60
lt r6 r1 r20
constant r7 @yloop
jnz r6 r7
constant r5 0x606
store r5 r10
constant r5 0x603
store r5 r60
load r0 r5
halt
