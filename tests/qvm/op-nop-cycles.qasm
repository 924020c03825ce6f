; every completed instruction counts one cycle, constant too; halt counts none
; result: 0x00000000
; cycles: 4
nop
nop
constant r1 5
nop
halt
