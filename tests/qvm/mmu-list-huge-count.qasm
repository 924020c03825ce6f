; a list table whose count word is 0xFFFFFFFF is re-read at every interrupt return; the
; records past the real ones (zeroed memory, size 0) are skipped, so the 150 returns of
; this run each cost one scan of memory, not a sort of a million records (it used to
; take about 85 ms per return). The test's 60 s timeout would catch the old behaviour.
; args: -c 300
; exit: 255
; stderr: "cycle limit 300 reached"
constant r1 0x46
constant r2 @handler
store r1 r2
constant r1 0x603
constant r2 @table
store r1 r2
constant r6 0
div r7 r6 r6
halt
@handler:
int r6
data @table 0xFFFFFFFF 0x1000 0x1000 0x2000 0xE
