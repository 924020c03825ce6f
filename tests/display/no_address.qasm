; Showing with the frame address 0 shows nothing (no file is written) and still leaves
; the control word READY. r0 = control afterwards + 0x100 * initial width word (320
; with -D 320x200, so 0x14000).
constant r5 0x603
constant r6 1
store r5 r6
load r0 r5
constant r5 0x604
load r1 r5
constant r2 0x100
mul r1 r1 r2
add r0 r0 r1
halt
