/* interrupt.c - interrupt entry and return through the low-memory table, and faults
 * (platform.md §Interrupts, §Faults). The table is ordinary physical memory: every
 * read of it is bounds-checked here, since software may point it anywhere. */
#include "vm.h"

#include <stdio.h>

#include "isa.h"
#include "platform.h"

enum entry_kind { ENTRY_SOFTWARE, ENTRY_EXTERNAL, ENTRY_FAULT };

static const char *const fault_names[] = {
    [QPU_FAULT_INVALID_INSTRUCTION] = "INVALID_INSTRUCTION",
    [QPU_FAULT_UNIMPLEMENTED_INSTRUCTION] = "UNIMPLEMENTED_INSTRUCTION",
    [QPU_FAULT_MEMORY] = "MEMORY_FAULT",
    [QPU_FAULT_OUT_OF_BOUNDS] = "OUT_OF_BOUNDS",
    [QPU_FAULT_INVALID_INTERRUPT] = "INVALID_INTERRUPT",
    [QPU_FAULT_DIVIDE_BY_ZERO] = "DIVIDE_BY_ZERO",
    [QPU_FAULT_PRIVILEGED] = "PRIVILEGED_INSTRUCTION",
};

const char *vm_fault_name(uint32_t reason)
{
    if (reason < sizeof fault_names / sizeof fault_names[0] && fault_names[reason])
        return fault_names[reason];
    return "UNKNOWN_FAULT";
}

/* Handler address of interrupt n; 0 (unmapped) if the entry lies outside memory. */
static uint32_t handler_of(const struct vm *vm, uint32_t n)
{
    uint64_t slot = (uint64_t)QPU_INT_HANDLERS + n;
    return slot < vm->memsize ? vm->mem[slot] : 0;
}

static void save_registers(struct vm *vm)
{
    for (unsigned i = 0; i < QPU_REG_COUNT; i++)
        vm->mem[QPU_SAVED_REGS + i] = vm->r[i];
    vm->mem[QPU_SAVED_IP] = vm->ip;
}

/* Steps 1-7 of an entry; vm->ip is the instruction the kind of entry names (the `int`
 * itself for software). Returns true if a handler (or fault handling) took over. */
static bool enter(struct vm *vm, uint32_t n, enum entry_kind kind)
{
    uint32_t *M = vm->mem;
    bool masked = M[QPU_INT_ENABLE] == 0;
    if (masked && n != QPU_INT_FAULT) {
        vm->ignored++;
        if (vm->debug.trace)
            debug_event(vm, "interrupt 0x%x ignored (masked)", n);
        return false;
    }
    if (n > M[QPU_INT_COUNT]) {
        vm_fault(vm, QPU_FAULT_INVALID_INTERRUPT);
        return true;
    }
    uint32_t h = handler_of(vm, n);
    if (h == 0) {
        if (kind == ENTRY_FAULT) {
            char where[96];
            vm_stop_with(vm, VM_FAULT_STOP, "unhandled fault %s (0x%02x): fault at %s",
                         vm_fault_name(M[QPU_FAULT_REASON]), M[QPU_FAULT_REASON],
                         vm_name_address(vm, vm->ip, where, sizeof where));
            return true;
        }
        if (vm->debug.trace)
            debug_event(vm, "interrupt 0x%x ignored (no handler)", n);
        return false;
    }
    mmu_set_enabled(vm, false);
    M[QPU_INT_ENABLE] = 0;
    if (kind == ENTRY_SOFTWARE)
        vm->ip++;
    if (!masked)
        save_registers(vm);
    if (vm->debug.trace) {
        char where[96];
        debug_event(vm, "interrupt 0x%x taken, saved ip %s, handler 0x%08x%s", n,
                    vm_name_address(vm, vm->ip, where, sizeof where), h,
                    masked ? " (nothing saved)" : "");
    }
    vm_note_write(vm, 0, QPU_INT_COUNT); /* the enable word, saved registers, reason */
    vm->ip = h;
    vm->handled++;
    vm->entries++;
    return true;
}

void vm_interrupt_external(struct vm *vm, uint32_t n)
{
    if (vm->stop == VM_RUNNING)
        enter(vm, n, ENTRY_EXTERNAL);
}

bool vm_interrupt_software(struct vm *vm, uint32_t n)
{
    return enter(vm, n, ENTRY_SOFTWARE);
}

void vm_interrupt_return(struct vm *vm)
{
    uint32_t *M = vm->mem;
    for (unsigned i = 0; i < QPU_REG_COUNT; i++) {
        vm->r[i] = M[QPU_SAVED_REGS + i];
        M[QPU_SAVED_REGS + i] = 0;
    }
    uint32_t ip = M[QPU_SAVED_IP];
    M[QPU_SAVED_IP] = 0;
    vm->fault_in_progress = false;
    vm->returns++;
    vm_note_write(vm, 0, QPU_INT_COUNT);
    if (vm->debug.trace) {
        char where[96];
        debug_event(vm, "return to %s", vm_name_address(vm, ip, where, sizeof where));
    }
    vm->ip = ip;
    if (ip == 0) {
        vm_fault(vm, QPU_FAULT_INVALID_INTERRUPT);
        return;
    }
    M[QPU_INT_ENABLE] = 1;
    mmu_set_enabled(vm, true);
}

void vm_fault(struct vm *vm, uint32_t reason)
{
    char where[96];
    vm->faults++;
    vm_name_address(vm, vm->ip, where, sizeof where);
    if (vm->fault_in_progress) {
        vm_stop_with(vm, VM_FAULT_STOP, "double fault: %s (0x%02x) while handling %s: fault at %s",
                     vm_fault_name(reason), reason,
                     vm_fault_name(vm->mem[QPU_FAULT_REASON]), where);
        return;
    }
    if (vm->debug.trace)
        debug_event(vm, "[FAULT] %s (0x%02x) at %s", vm_fault_name(reason), reason, where);
    vm->fault_in_progress = true;
    vm->mem[QPU_FAULT_REASON] = reason;
    vm_note_write(vm, QPU_FAULT_REASON, 1);
    enter(vm, QPU_INT_FAULT, ENTRY_FAULT);
}

bool vm_halt_is_privileged(struct vm *vm)
{
    return mmu_translating(vm) && handler_of(vm, QPU_INT_FAULT) != 0 &&
           vm->mem[QPU_INT_COUNT] >= QPU_INT_SYSCALL && handler_of(vm, QPU_INT_SYSCALL) != 0;
}
