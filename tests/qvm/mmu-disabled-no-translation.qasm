; writing the MMU base does not turn translation on: until an interrupt return the
; program keeps using physical addresses (0x20005 is in no page of the table)
; result: 0x00000063
constant r1 0x603
constant r2 @table
store r1 r2
constant r1 0x20005
constant r2 99
store r1 r2
load r0 r1
halt
data @table 1 0x8000 0x20000 0x100 0x6
