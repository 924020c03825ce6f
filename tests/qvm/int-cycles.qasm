; a taken int and its return count no cycles: 4 constants + 2 stores + constant r5 = 7,
; int (0), handler constant r0 = 8, return (0), constant r0 = 9, halt (0)
; result: 0x00000003
; cycles: 9
constant r1 0x44
constant r2 5
store r1 r2
constant r1 0x4A
constant r2 @handler
store r1 r2
constant r5 5
int r5
constant r0 3
halt
@handler:
constant r0 0
int r0
