; any word whose top byte is 0 executes as halt: jump to data word 0x00FFFFFF
; result: 0x0000002A
constant r0 42
constant r1 @w
jmp r1
data @w 0x00FFFFFF
