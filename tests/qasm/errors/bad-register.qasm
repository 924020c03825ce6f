; bad register numbers: too large, leading zero
add r1 r64 r3
mov r01 r2
not r1 r999999999999
add r63 r0 ip
