; extension: under a kernel (a fault handler, [0x044] >= 0x80 and a handler for the
; system-call interrupt 0x80), `halt` while the MMU translates is fault 0x07
; (PRIVILEGED_INSTRUCTION), saved ip = the halt; untranslated code still halts.
; int 0x80's handler returns at once, which turns translation on (identity page); the
; `halt` after the `int` then faults, and the fault handler (untranslated) halts with
; r0 = reason << 16 | saved ip.
; result: 0x00071019
constant r1 0x46
constant r2 @fault
store r1 r2
constant r1 0xC5
constant r2 @enter
store r1 r2
constant r1 0x44
constant r2 0x80
store r1 r2
constant r1 0x603
constant r2 @table
store r1 r2
constant r0 0
constant r5 0x80
int r5
halt
@enter:
int r0
@fault:
constant r1 0x43
load r2 r1
constant r3 16
shl r2 r2 r3
constant r1 0x42
load r4 r1
or r0 r2 r4
halt
data @table 1 0x1000 0x1000 0x100 0xE
