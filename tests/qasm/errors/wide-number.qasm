; expect-status: 0
; numbers wider than 32 bits are reduced mod 2^32 with a warning
constant r1 0x100000001
constant r2 -2147483649
constant r3 99999999999999999999999
data @x 4294967296
