; the debug-break control: storing anything but 1 gives 3 (ERROR) at once
; result: 0x00000003
constant r1 0x302
constant r2 5
store r1 r2
load r0 r1
halt
