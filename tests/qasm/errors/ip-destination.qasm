; ip is a source only
mov ip r1
constant ip 5
store ip r1
add r1 ip ip
