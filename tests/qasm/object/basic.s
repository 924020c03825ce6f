; sections, local and global symbols, relocations with addends, a difference, data
; directives going to .data, .bss space. Checked with readelf and nm.
.global @main
.extern @puts
@main:
constant r1 @msg
constant r2 @puts
constant r3 @table+2
constant r4 @main-4
constant r5 @end-@main
.word @local 7 'ab'
@local:
halt
@end:
.rodata
@table:
.word 1 2 3
.bss
.global @buf
@buf:
.zero 10
@after:
.text
data @msg 'hi'
.data
@ptr:
.word @after @buf+1
;size .text 15
;size .rodata 3
;size .data 5
;size .bss 10
;text 05010000 00000000 05020000 00000000 05030000 00000000 05040000 00000000
;text 05050000 0000000F 00000000 00000007 00000061 00000062 00000000
;rodata 00000001 00000002 00000003
;data 00000002 00000068 00000069 00000000 00000000
;rel .text 00000001 msg + 0
;rel .text 00000003 puts + 0
;rel .text 00000005 table + 2
;rel .text 00000007 main - 4
;rel .text 0000000a local + 0
;rel .data 00000003 after + 0
;rel .data 00000004 buf + 1
;nm 0000000a b after
;nm 00000000 B buf
;nm 0000000f t end
;nm 0000000e t local
;nm 00000000 T main
;nm 00000000 d msg
;nm 00000003 d ptr
;nm          U puts
;nm 00000000 r table
