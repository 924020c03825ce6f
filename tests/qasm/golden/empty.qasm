; only comments: the output is the four halt words (16 zero bytes)
   ; indented comment

;> 00000000 00000000 00000000 00000000
