; extensions in flat mode: .text words stay in the code, .rodata/.data words go to the
; data area in source order with the data directives, .bss becomes zeros at the very end
.word 0xFFFFFFFF
.rodata
@ro:
.word 1 'ab'
.text
constant r1 @ro
.data
data @x 9
@rw:
.word @bss
.bss
@bss:
.zero 3
.text
constant r2 @rw
;> FFFFFFFF 05010000 00001007 05020000 0000100B
;> 00000000 00000000
;> 00000001 00000061 00000062 00000009 0000100E
;> 00000000 00000000
;> 00000000 00000000 00000000
