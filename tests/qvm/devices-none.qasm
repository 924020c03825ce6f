; --devices=none: no device is mapped (device count 0, [0x044] = 0, nothing at 0x100),
; so code may live where the stock devices would be: this program jumps to a `halt`
; it stored at 0x303 (the debug-output window on the stock machine).
; r0 = count | [0x044] << 8 | [0x100] << 16 | 0x7 << 24
; args: --devices=none
; result: 0x07000000
constant r1 0x200
load r10 r1
constant r1 0x44
load r11 r1
constant r1 0x100
load r12 r1
constant r3 8
shl r11 r11 r3
constant r3 16
shl r12 r12 r3
or r0 r10 r11
or r0 r0 r12
constant r3 0x07000000
or r0 r0 r3
constant r1 0x303
constant r2 0
store r1 r2
jmp r1
