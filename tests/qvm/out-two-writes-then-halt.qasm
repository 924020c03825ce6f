; two WRITEs back to back (the second while the first is PENDING), then halt: both
; messages print, in order.
; stdout: "ab"
constant r60 1
constant r1 0x306
constant r2 0x61
store r1 r2
constant r1 0x305
store r1 r60
constant r1 0x303
store r1 r60
constant r1 0x306
constant r2 0x62
store r1 r2
constant r1 0x303
store r1 r60
constant r0 0
halt
