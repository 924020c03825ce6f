; names: back-quoted and plain spellings are one name, `::` is just part of a name, and
; (our extension, used by qcc-lite) a name may start with `$`
@`a::b`:
constant r1 @a::b
constant r2 @$str$1
constant r3 @`$str$1`
data @$str$1 'x'
@f$L3:
;> 05010000 00001000 05020000 00001008 05030000 00001008
;> 00000000 00000000
;> 00000001 00000078
;> 00000000 00000000
