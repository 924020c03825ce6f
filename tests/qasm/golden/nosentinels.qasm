; .nosentinels (extension, used by qdasm): no halt words around the data
.nosentinels
constant r1 @d
.word 0x2B000000
data @d 1 2
;> 05010000 00001003 2B000000 00000001 00000002
