; .weak: a weak definition (nm W) and a weak undefined reference (nm w); .weak implies
; .global
.weak @fallback @optional
@fallback:
constant r1 @optional
;size .text 2
;size .rodata 0
;size .data 0
;size .bss 0
;text 05010000 00000000
;rel .text 00000001 optional + 0
;nm 00000000 W fallback
;nm          w optional
