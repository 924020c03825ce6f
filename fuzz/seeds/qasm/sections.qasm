.global @_start
@_start:
  constant r1 @msg
  load r0 r1
  halt
.rodata
@msg:
.word 'hi' 0 1.5f @_start+1 @msg-@buf2
@buf2:
.word 1
.bss
@buf:
.zero 4
