; -c bounds a handler that raises its own interrupt: `int 1` bypasses the mask, so the
; fault handler re-enters itself for ever without counting a cycle.
; args: -c 500
; exit: 255
; stderr: "cycle limit 500 reached"
constant r1 0x46
constant r2 @handler
store r1 r2
constant r1 1
int r1
halt
@handler:
int r1
