; extension: the terminal device (--terminal=on; id 0x12, mapped after the MMU at 0x604
; on the stock machine) delivers every character received so far in one READ, newline
; and control characters included, one code point per word; the stock devices keep their
; addresses. r0 = size << 24 | word 0 << 16 | word 2 (0xE9) << 8 | word 3 (0x03)
; args: --terminal=on
; stdin: "h\u00e9\u00e9\x03\n"
; result: 0x0568E903
constant r60 1
constant r1 0x20F
load r2 r1
constant r3 0x12
neq r4 r2 r3
constant r5 @bad
jnz r4 r5
constant r1 0x604
constant r2 2
store r1 r2
constant r6 3
constant r5 @poll
@poll:
load r4 r1
eq r7 r4 r6
jnz r7 r5
constant r1 0x606
load r2 r1
constant r3 24
shl r0 r2 r3
constant r1 0x607
load r2 r1
constant r3 16
shl r2 r2 r3
or r0 r0 r2
constant r1 0x609
load r2 r1
constant r3 8
shl r2 r2 r3
or r0 r0 r2
constant r1 0x60A
load r2 r1
or r0 r0 r2
halt
@bad:
constant r0 0xBAD
halt
