; The keypress device at 0x607 (with -D and -k): spins until word 0 is nonzero, then
; r0 = word 0 | word 4 << 16 (word 4: ASCII 96..127). With the key script "down left"
; and "down a" (A also means left) at the same cycle: 0x1 | (1 << (97 & 31)) << 16
; = 0x00020001.
constant r1 0x607
constant r2 @spin
@spin:
load r3 r1
jz r3 r2
constant r1 0x60B
load r4 r1
constant r5 16
shl r4 r4 r5
or r0 r3 r4
halt
