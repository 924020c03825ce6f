; output layout: code in order, two halts, data in source order wherever it was
; written, two halts; labels take the address of the next word of their area; a label
; after the last instruction names the first halt; data names point at the length word
@start:
constant r1 @d2
data @d1 7 8
@before:
data @d2 'ok'
nop
constant r2 @end
constant r3 @d1
constant r4 @before
data @d3 @start
@end:
;> 05010000 0000100D 17000000 05020000 00001009 05030000 0000100B 05040000
;> 00001002
;> 00000000 00000000
;> 00000007 00000008 00000002 0000006F 0000006B 00001000
;> 00000000 00000000
