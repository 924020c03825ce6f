; return (int of a register holding 0) reloads r0..r63 and ip from 0x002.., zeroes
; that area and re-enables interrupts. The handler clobbers r1 and rewrites saved r2.
; r0 = r1 (0x10, restored) + r2 (0x200, rewritten) + [0x003] (0, zeroed) + [0x000] << 12
; result: 0x00001210
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @handler
store r1 r2
constant r1 0x10
constant r2 0x20
constant r5 5
int r5
constant r6 0x3
load r7 r6
constant r6 0
load r8 r6
constant r6 12
shl r8 r8 r6
add r0 r1 r2
add r0 r0 r7
add r0 r0 r8
halt
@handler:
constant r1 0x999
constant r3 0x4
constant r4 0x200
store r3 r4
constant r0 0
int r0
