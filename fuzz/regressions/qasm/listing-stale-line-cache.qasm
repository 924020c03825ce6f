; jump-relative: rjmp, rjz and rjnz add a signed offset to the address of the
; jump instruction itself: forward and backward offsets, offsets computed from
; label differences, offset 1 (falls through to the next word), conditional
; forms taken and not taken, and a countdown loop closed by a backward rjnz.
; Result: r0 = (branch bits << 16) | (loop iterations << 8) | steps, where the
; branch bits record (1 = took the jump) for: rjz 0, rjz 7, rjnz 0, rjnz 7,
; rjz 0 backward  ->  1 0 0 1 1 = 0x13; the countdown runs 5 times; steps counts
; the instructions reached after the unconditional jumps (4).
constant r0 0
constant r9 1
constant r20 0                ; steps reached

; rjmp +3 skips the 2-word constant that follows it
constant r1 3
rjmp r1
constant r20 0xBAD
add r20 r20 r9

; rjmp by a label difference, forward
constant r1 @fwd_target
constant r2 @fwd_jump
sub r3 r1 r2
@fwd_jump:
rjmp r3
constant r20 0xBAD
constant r20 0xBAD
@fwd_target:
add r20 r20 r9

; rjmp by a negative offset: the block at @back_target runs once, then returns
constant r21 0
constant r1 @after_back
jmp r1
@back_target:
add r20 r20 r9
constant r1 @back_done
jmp r1
@after_back:
constant r1 @back_target
constant r2 @back_jump
sub r3 r1 r2                  ; negative
@back_jump:
rjmp r3
@back_done:

; njmp 1 continues with the next word
rjmp r9
add r20 r20 r9

; rjz taken: offset +3 skips the 2-word `constant r4 0`; the outcome is kept in r4
constant r1 0
constant r2 3
constant r4 1
rjz r1 r2
constant r4 0
shl r0 r0 r9
or r0 r0 r4

; rjz not taken
constant r1 7
constant r2 3
constant r4 1
rjz r1 r2
constant r4 0
shl r0 r0 r9
or r0 r0 r4

; rjnz not taken
constant r1 0
constant r2 3
constant r4 1
rjnz r1 r2
constant r4 0
shl r0 r0 r9
or r0 r0 r4

; rjnz taken
constant r1 7
constant r2 3
constant r4 1
rjnz r1 r2
constant r4 0
shl r0 r0 r9
or r0 r0 r4

; rjz taken backward: first pass sets r22 and jumps back once
constant r22 0
constant r4 0
@rjz_back_target:
jnz r22 r23
constant r22 1
constant r4 1
constant r1 0
constant r2 @rjz_back_target
constant r3 @rjz_back_jump
sub r2 r2 r3
constant r23 @rjz_back_out
@rjz_back_jump:
rjz r1 r2
constant r4 0
@rjz_back_out:
shl r0 r0 r9
or r0 r0 r4

; countdown loop closed by rjnz with a negative offset
constant r10 5
constant r11 0
constant r12 @loop
constant r13 @loop_jump
sub r12 r12 r13
@loop:
add r11 r11 r9
sub r10 r10 r9
@loop_jump:
rjnz r10 r12

constant r17 16
shl r0 r0 r17
constant r17 8
shl r11 r11 r17
or r0 r0 r11
or r0 r0 r20
halt
