; unknown directives and misuse of extensions
.section text
.bss
.word 1
nop
.zero @x
.global 5
