; ftoi truncates toward 0, then mod 2^32; NaN and infinities give 0.
; -1.5 -> 0xFFFFFFFF, 3e9 -> 0xB2D05E00, 5e9 -> 0x2A05F200, -3e9 -> 0x4D2FA200,
; 4294967808.0 -> 0x200, 2^60 -> 0, NaN -> 0, -Inf -> 0. r0 counts matches (8).
; result: 0x00000008
constant r0 0
constant r9 @check
constant r1 -1.5f
constant r3 0xFFFFFFFF
constant r8 @n1
jmp r9
@n1:
constant r1 3e9f
constant r3 0xB2D05E00
constant r8 @n2
jmp r9
@n2:
constant r1 5e9f
constant r3 0x2A05F200
constant r8 @n3
jmp r9
@n3:
constant r1 -3e9f
constant r3 0x4D2FA200
constant r8 @n4
jmp r9
@n4:
constant r1 4294967808.0f
constant r3 0x200
constant r8 @n5
jmp r9
@n5:
constant r1 0x5D800000
constant r3 0
constant r8 @n6
jmp r9
@n6:
constant r1 NaN
constant r3 0
constant r8 @n7
jmp r9
@n7:
constant r1 -Inf
constant r3 0
constant r8 @n8
jmp r9
@n8:
halt
@check:
ftoi r2 r1
eq r4 r2 r3
add r0 r0 r4
jmp r8
