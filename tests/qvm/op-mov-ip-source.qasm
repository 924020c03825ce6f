; ip as a source reads the address of the executing instruction:
; constant (2 words at 0x1000) then mov at 0x1002
; result: 0x00001002
constant r1 0
mov r0 ip
halt
