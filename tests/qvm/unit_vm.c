/* unit_vm.c - unit tests of the vm library as a client sees it (qvm/vm.h): building a
 * machine, running programs word by word with vm_run(vm, n), stepping, the symbol
 * table parser and look-ups, the disassembler. Prints "name: expected X but got Y" for
 * each failed check and exits 1 if any failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices.h"
#include "isa.h"
#include "platform.h"
#include "symbols.h"
#include "vm.h"

static int failures;

#define CHECK_EQ(name, expected, got)                                                   \
    do {                                                                                \
        unsigned long long e_ = (expected), g_ = (got);                                 \
        if (e_ != g_) {                                                                 \
            printf("%s: expected 0x%llx but got 0x%llx\n", name, e_, g_);               \
            failures++;                                                                 \
        }                                                                               \
    } while (0)

static struct vm *machine(const uint32_t *prog, size_t n)
{
    struct vm *vm = vm_new(0x10000);
    vm_add_device(vm, dev_timer_new());
    vm_add_device(vm, dev_clock_new());
    vm_add_device(vm, dev_debug_break_new());
    vm_add_device(vm, mmu_list_new());
    vm_boot(vm);
    vm_load_program(vm, prog, n);
    return vm;
}

static void test_run_and_step(void)
{
    const uint32_t prog[] = {
        qpu_encode(OP_CONSTANT, 1, 0, 0), 40,
        qpu_encode(OP_CONSTANT, 2, 0, 0), 2,
        qpu_encode(OP_ADD, 0, 1, 2),
        qpu_encode(OP_HALT, 0, 0, 0),
    };
    struct vm *vm = machine(prog, 6);
    CHECK_EQ("boot ip", 0x1000, vm->ip);
    CHECK_EQ("step 1 stops running", VM_RUNNING, vm_run(vm, 1));
    CHECK_EQ("step 1 ip", 0x1002, vm->ip);
    CHECK_EQ("step 1 r1", 40, vm->r[1]);
    CHECK_EQ("step 1 cycles", 1, vm->cycles);
    CHECK_EQ("run to halt", VM_HALTED, vm_run(vm, UINT64_MAX));
    CHECK_EQ("result", 42, vm->r[0]);
    CHECK_EQ("cycles", 3, vm->cycles);
    CHECK_EQ("halt ip", 0x1005, vm->ip);
    vm_free(vm);
}

static void test_boot_tables(void)
{
    struct vm *vm = machine(NULL, 0);
    CHECK_EQ("device count", 4, vm->mem[QPU_DEVICE_TABLE]);
    CHECK_EQ("mmu id", QPU_DEV_MMU_LIST, vm->mem[QPU_DEVICE_TABLE + 7]);
    CHECK_EQ("mmu base", 0x303, vm->mem[QPU_DEVICE_TABLE + 8]);
    CHECK_EQ("interrupt count", 3, vm->mem[QPU_INT_COUNT]);
    CHECK_EQ("break handler", 0x100, vm->mem[QPU_INT_HANDLERS + 3]);
    CHECK_EQ("break handler word 1", 0x302, vm->mem[0x101]);
    CHECK_EQ("empty memory halts", VM_HALTED, vm_run(vm, UINT64_MAX));
    vm_free(vm);
}

static void test_breakpoint(void)
{
    const uint32_t prog[] = {qpu_encode(OP_NOP, 0, 0, 0), qpu_encode(OP_NOP, 0, 0, 0),
                             qpu_encode(OP_HALT, 0, 0, 0)};
    struct vm *vm = machine(prog, 3);
    uint32_t at = 0x1001;
    vm->debug.breaks = (struct vm_break_list){&at, 1, 1};
    CHECK_EQ("breakpoint stops", VM_BREAK, vm_run(vm, UINT64_MAX));
    CHECK_EQ("breakpoint ip", 0x1001, vm->ip);
    CHECK_EQ("continue", VM_HALTED, vm_run(vm, UINT64_MAX));
    CHECK_EQ("cycles", 2, vm->cycles);
    vm->debug.breaks = (struct vm_break_list){0};
    vm_free(vm);
}

static void test_symbols(void)
{
    const char map[] = "# map\n.text 0x1000\n0x00001000 T main\n0x00001010 t loop\n"
                       "0x00000400 A SIZE\nbad line\n0x00002000 D buf\n";
    struct vm_symbols s = {0};
    char err[128];
    CHECK_EQ("map parses", 1, symbols_parse_map(&s, map, strlen(map), err, sizeof err));
    CHECK_EQ("symbol count", 4, s.n);
    uint32_t addr = 0;
    CHECK_EQ("find loop", 1, symbols_find(&s, "loop", &addr));
    CHECK_EQ("loop address", 0x1010, addr);
    const struct vm_symbol *near = symbols_near(&s, 0x1013);
    CHECK_EQ("near name", 0, near ? strcmp(near->name, "loop") : 1);
    near = symbols_near(&s, 0x500);
    CHECK_EQ("absolute symbols only when exact", 1, near == NULL);
    near = symbols_near(&s, 0x400);
    CHECK_EQ("exact absolute", 0, near ? strcmp(near->name, "SIZE") : 1);
    for (size_t i = 0; i < s.n; i++)
        free(s.sym[i].name);
    free(s.sym);
    struct vm_symbols e = {0};
    CHECK_EQ("empty map fails", 0, symbols_parse_map(&e, "# x\n", 4, err, sizeof err));
    free(e.sym);
}

static void test_disasm(void)
{
    char text[64];
    CHECK_EQ("constant length", 2, vm_disasm(qpu_encode(OP_CONSTANT, 3, 0, 0), 7, text, 64));
    CHECK_EQ("constant text", 0, strcmp(text, "constant r3 0x00000007"));
    vm_disasm(qpu_encode(OP_ADD, 1, 0x40, 2), 0, text, 64);
    CHECK_EQ("add text", 0, strcmp(text, "add r1 ip r2"));
    vm_disasm(0x2B000000, 0, text, 64);
    CHECK_EQ("invalid text", 0, strcmp(text, "(invalid opcode 0x2b)"));
}

int main(void)
{
    test_run_and_step();
    test_boot_tables();
    test_breakpoint();
    test_symbols();
    test_disasm();
    if (failures)
        printf("%d check(s) failed\n", failures);
    return failures != 0;
}
