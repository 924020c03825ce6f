; only stores to io words call a device: writing the debug output's size and buffer
; (shared words) or the clock word prints nothing and changes no control word; loads
; never call devices. r0 = output control (0) + clock word as written (7)
; result: 0x00000007
constant r1 0x305
constant r2 1
store r1 r2
constant r1 0x306
constant r2 0x41
store r1 r2
constant r1 0x301
constant r2 7
store r1 r2
load r3 r1
constant r1 0x303
load r4 r1
add r0 r3 r4
halt
