; an empty object: four empty sections, no symbols
;size .text 0
;size .rodata 0
;size .data 0
;size .bss 0
