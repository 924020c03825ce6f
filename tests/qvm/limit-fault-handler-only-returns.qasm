; -c bounds a run whose interrupts cost no cycles: a divide-by-zero fault whose handler
; only returns (`int` of a register holding 0) loops through entries and returns alone.
; Entries and returns count toward the -c limit (docs/qvm.md), so the run stops.
; args: -c 300
; exit: 255
; stderr: "cycle limit 300 reached"
constant r1 0x46
constant r2 @handler
store r1 r2
constant r6 0
div r7 r6 r6
halt
@handler:
int r6
