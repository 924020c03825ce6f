; user_entry_harness.s - a stand-in for the C kernel, linked with the real kernel/entry.s
; and kernel/trampoline.s (tests/kernel). kmain builds a list-table MMU address space (code
; R+X at virtual 0x1000, a data page R+W at 0x2000), copies a tiny user program into it,
; arms the timer (1 ms) and enters the task through trap_return, exactly as the kernel
; enters a user process. The user program counts in its data page for ever.
; trap(n) accepts only timer interrupts whose saved ip lies in the user code; after
; USER_TICKS of them it checks the counter moved and starts phase 2 (below); success
; halts with 42, any other outcome with a code naming the failure:
;   1 timer interrupt not taken in user code   2 counter did not move
;   3 MMU or timer not found                    4 a store into the code went through
;   5 fault before phase 2   6 wrong fault reason   7 wrong faulting ip
;   100+n unexpected interrupt n
; Phase 2: after the ticks, the task is resumed at a store into its own code page, which
; must fault with MEMORY_FAULT at that store (code is R+X, not writable); then 42.

.text
.global @kmain
@kmain:
    ; find the devices through the device table at 0x200
    constant r1 0x80000002
    constant r62 @kmain$mmu_found
    constant r9 @find_device
    jmp r9
@kmain$mmu_found:
    constant r2 @mmu_io
    store r2 r0
    constant r1 1
    constant r62 @kmain$timer_found
    constant r9 @find_device
    jmp r9
@kmain$timer_found:
    constant r2 @timer_io
    store r2 r0
    ; handlers: 0x044 = 0x80; fault 0x046, timer 0x047, input 0x049, syscall 0xC5
    constant r1 0x44
    constant r2 0x80
    store r1 r2
    constant r1 0x46
    constant r2 @trap_fault
    store r1 r2
    constant r1 0x47
    constant r2 @trap_timer
    store r1 r2
    constant r1 0x49
    constant r2 @trap_input
    store r1 r2
    constant r1 0xC5
    constant r2 @trap_syscall
    store r1 r2
    ; copy the user program to its physical code page
    constant r1 @user_code
    constant r2 @user_code_end
    constant r3 0x40000
    constant r4 1
    constant r5 @kmain$copy
    constant r6 @kmain$copied
@kmain$copy:
    lt r7 r1 r2
    jz r7 r6
    load r8 r1
    store r3 r8
    add r1 r1 r4
    add r3 r3 r4
    jmp r5
@kmain$copied:
    ; saved state of the task: ip = 0x1000, registers 0 (zeroed by the last return)
    constant r1 0x42
    constant r2 0x1000
    store r1 r2
    ; MMU table, then the timer; then enter the task
    constant r1 @mmu_io
    load r1 r1
    constant r2 @mmu_table
    store r1 r2
    constant r1 @timer_io
    load r1 r1
    constant r2 1
    store r1 r2
    constant r9 @trap_return
    jmp r9

; find_device(r1 = id) -> r0 = base address of the first device with that id; halts
; with 3 if there is none. Returns to r62.
@find_device:
    constant r2 0x200
    load r3 r2                    ; count
    constant r4 0x201             ; &id of device 0
    constant r5 2
    constant r6 1
@find_device$loop:
    constant r9 @find_device$none
    jz r3 r9
    load r7 r4
    eq r8 r7 r1
    constant r9 @find_device$hit
    jnz r8 r9
    add r4 r4 r5
    sub r3 r3 r6
    constant r9 @find_device$loop
    jmp r9
@find_device$none:
    constant r0 3
    halt
@find_device$hit:
    add r4 r4 r6
    load r0 r4
    jmp r62

; trap(r1 = interrupt number): called by the trampolines on the trap stack.
.global @trap
@trap:
    constant r2 2
    eq r3 r1 r2
    constant r9 @trap$timer
    jnz r3 r9
    constant r2 1
    eq r3 r1 r2
    constant r9 @trap$fault
    jnz r3 r9
    constant r0 100
    add r0 r0 r1
    halt
@trap$fault:                      ; expected only in phase 2: the store into the code
    constant r0 5
    constant r1 @phase
    load r1 r1
    constant r9 @trap$halt
    jz r1 r9
    constant r1 0x43
    load r1 r1
    constant r2 3                 ; MEMORY_FAULT
    constant r0 6
    neq r3 r1 r2
    jnz r3 r9
    constant r1 0x42              ; saved ip = the store (virtual)
    load r1 r1
    constant r2 @user_store
    constant r3 @user_code
    sub r2 r2 r3
    constant r3 0x1000
    add r2 r2 r3
    constant r0 7
    neq r3 r1 r2
    jnz r3 r9
    constant r0 42
@trap$halt:
    halt
@trap$timer:
    ; the interrupted ip must be inside the user code (virtual 0x1000 + code length)
    constant r1 0x42
    load r1 r1
    constant r2 0x1000
    constant r0 1
    lt r3 r1 r2
    constant r9 @trap$halt
    jnz r3 r9
    constant r4 @user_code_end
    constant r5 @user_code
    sub r4 r4 r5
    add r2 r2 r4
    lt r3 r1 r2
    jz r3 r9
    ; count it; after USER_TICKS check the counter and stop
    constant r1 @ticks
    load r2 r1
    constant r3 1
    add r2 r2 r3
    store r1 r2
    constant r3 5                 ; USER_TICKS
    lt r4 r2 r3
    constant r9 @trap$resume
    jnz r4 r9
    constant r1 0x41000           ; the data page, physical
    load r1 r1
    constant r2 1000
    constant r0 2
    lt r3 r1 r2
    constant r9 @trap$halt
    jnz r3 r9
    ; phase 2: resume the task at its store into its own code, which must fault
    constant r1 @phase
    constant r2 1
    store r1 r2
    constant r1 0x42
    constant r2 @user_write_code
    constant r3 @user_code
    sub r2 r2 r3
    constant r3 0x1000
    add r2 r2 r3
    store r1 r2
@trap$resume:
    jmp r62                       ; back to trap_return: the task runs again

; The user program: position independent, copied to physical 0x40000 = virtual 0x1000.
@user_code:
    constant r1 0x2000            ; the counter, in the data page
    constant r2 1
@user_loop:
    load r3 r1
    add r3 r3 r2
    store r1 r3
    constant r4 @user_loop-@user_jump
@user_jump:
    rjmp r4
@user_write_code:                 ; phase 2: code is not writable
    constant r1 0x1000
@user_store:
    store r1 r1
    constant r0 4                 ; the store went through: halt with 4
    halt
@user_code_end:

.data
@mmu_table:
    .word 2
    .word 0x1000 0x40000 1024 10  ; code: Read | Execute
    .word 0x2000 0x41000 1024 6   ; data: Read | Write
@mmu_io:
    .word 0
@timer_io:
    .word 0
@ticks:
    .word 0
@phase:
    .word 0
