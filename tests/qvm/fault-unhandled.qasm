; a fault with no handler stops the machine: status 255 and a message naming ip.
; exit: 255
; stderr: "unhandled fault INVALID_INSTRUCTION (0x01): fault at 0x00001005"
constant r1 @bad
jmp r1
data @bad 0x30000000
