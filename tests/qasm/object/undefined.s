; names used but not defined become undefined globals, without .extern; no halt
; sentinels in an object
constant r1 @ext::fn
data @p @`other object`
;size .text 2
;size .rodata 0
;size .data 1
;size .bss 0
;text 05010000 00000000
;data 00000000
;rel .text 00000001 ext::fn + 0
;rel .data 00000000 other object + 0
;nm 00000000 d p
;nm          U ext::fn
;nm          U other object
