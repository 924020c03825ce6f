; the reference also accepts tokens without blanks where the split is unambiguous
; (shared/spec/qasm.md §Lines); qasm never needs it, but reads it the same way
addr1r2r3
constantr0 5
add r1r2r3
jmpip
rjnzr0ip
andr1r2r63
;> 06010203 05000000 00000005 06010203 14004000 25000040 0B01023F
;> 00000000 00000000 00000000 00000000
