/* trace.c - the hooks of the debug instruction loop (breakpoints, write breakpoints,
 * watchpoints, the -v trace) and naming addresses with symbols. All output goes to
 * stderr, so that the program's own output on stdout stays clean. */
#include "vm.h"

#include <stdarg.h>
#include <stdio.h>

#include "symbols.h"

const char *vm_name_address(const struct vm *vm, uint32_t addr, char *out, size_t len)
{
    const struct vm_symbol *s = symbols_near(vm->debug.symbols, addr);
    if (!s)
        snprintf(out, len, "0x%08x", addr);
    else if (s->addr == addr)
        snprintf(out, len, "0x%08x <%s>", addr, s->name);
    else
        snprintf(out, len, "0x%08x <%s+%u>", addr, s->name, addr - s->addr);
    return out;
}

static bool in_list(const struct vm_break_list *l, uint32_t addr)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->addr[i] == addr)
            return true;
    return false;
}

bool debug_check_break(struct vm *vm, uint32_t ip)
{
    if (vm->debug.skip_break && vm->debug.skip_break_at == ip) {
        vm->debug.skip_break = false;
        return false;
    }
    vm->debug.skip_break = false;
    if (!in_list(&vm->debug.breaks, ip))
        return false;
    char where[96];
    vm->ip = ip;
    vm_stop_with(vm, VM_BREAK, "breakpoint at %s", vm_name_address(vm, ip, where, sizeof where));
    vm->debug.skip_break = true; /* continuing runs this instruction */
    vm->debug.skip_break_at = ip;
    return true;
}

bool debug_check_store(struct vm *vm, uint32_t ip, uint32_t va, uint32_t value)
{
    char where[96], target[96];
    vm_name_address(vm, ip, where, sizeof where);
    vm_name_address(vm, va, target, sizeof target);
    for (size_t i = 0; i < vm->debug.nwatch; i++)
        if (va >= vm->debug.watch_lo[i] && va <= vm->debug.watch_hi[i]) {
            fprintf(stderr, "[watch] %s: store 0x%08x to %s (cycle %llu)\n", where, value,
                    target, (unsigned long long)vm->cycles);
            break;
        }
    if (!in_list(&vm->debug.write_breaks, va))
        return false;
    vm_stop_with(vm, VM_BREAK, "write breakpoint: %s stored 0x%08x to %s", where, value, target);
    return true;
}

void debug_trace(struct vm *vm, uint32_t ip, uint32_t word)
{
    char where[96], text[64];
    uint32_t pa, next = 0;
    if (mmu_peek(vm, ip + 1, &pa))
        next = vm->mem[pa];
    vm_disasm(word, next, text, sizeof text);
    fprintf(stderr, "[trace] %s: %08x  %s\n", vm_name_address(vm, ip, where, sizeof where),
            word, text);
}

void debug_event(struct vm *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "[event] cycle %llu: ", (unsigned long long)vm->cycles);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
