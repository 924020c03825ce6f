; unknown mnemonics (mnemonics are lower case)
foo r1 r2
ADD r1 r2 r3
nop
halts
