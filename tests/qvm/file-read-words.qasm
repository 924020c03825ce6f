; debug-file READ of a .bin file gives little-endian words (a partial last word is
; dropped): "ABCDEFGHI" is 2 words. r0 = first word + size
; file: data.bin "ABCDEFGHI"
; result: 0x44434243
constant r8 @fwrite
constant r1 @name
constant r9 @w1
jmp r8
@w1:
constant r8 @fread
constant r9 @r1
jmp r8
@r1:
constant r1 0x505
load r20 r1
constant r1 0x506
load r21 r1
add r0 r20 r21
halt
; fwrite: r1 = counted string, r9 = return; WRITE to debug-file, r4 = final control
@fwrite:
constant r60 1
load r2 r1
constant r3 0x505
store r3 r2
constant r3 0x506
add r1 r1 r60
constant r5 @fw_copy
constant r6 @fw_go
@fw_copy:
jz r2 r6
load r4 r1
store r3 r4
add r1 r1 r60
add r3 r3 r60
sub r2 r2 r60
jmp r5
@fw_go:
constant r3 0x503
store r3 r60
constant r5 @fw_poll
constant r6 3
@fw_poll:
load r4 r3
eq r7 r4 r6
jnz r7 r5
jmp r9
; fread: READ on debug-file, r4 = final control, r9 = return
@fread:
constant r1 0x503
constant r2 2
store r1 r2
constant r3 3
constant r5 @fr_poll
@fr_poll:
load r4 r1
eq r6 r4 r3
jnz r6 r5
jmp r9
data @name 'data.bin'
