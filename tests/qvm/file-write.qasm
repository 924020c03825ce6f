; debug-file: the first WRITE names the file, later WRITEs write their text (UTF-8)
; to it; the path stays set, so the second text replaces the first.
; r0 = the three controls (all READY = 0)
; result: 0x00000000
; expect-file: out.txt "h\u00e9 file\n"
constant r8 @fwrite
constant r1 @name
constant r9 @w1
jmp r8
@w1:
mov r20 r4
constant r1 @text0
constant r9 @w2
jmp r8
@w2:
or r20 r20 r4
constant r1 @text
constant r9 @w3
jmp r8
@w3:
or r0 r20 r4
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
data @name 'out.txt'
data @text0 'first'
data @text 'hé file\n'
