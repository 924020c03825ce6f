; a debug-output WRITE still PENDING when the machine halts is printed (the reference
; prints it): the halt comes right after the WRITE, in the same batch.
; stdout: "x"
constant r60 1
constant r1 0x306
constant r2 0x78
store r1 r2
constant r1 0x305
store r1 r60
constant r1 0x303
store r1 r60
constant r0 0
halt
