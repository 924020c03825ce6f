/* debugger.c - the interactive debugger (see debugger.h). A client of the vm library:
 * it steps with vm_run(vm, n) and reads the machine's state directly. */
#include "debugger.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "symbols.h"
#include "util.h"

bool debugger_parse_address(const struct vm *vm, const char *text, uint32_t *addr)
{
    char *end;
    if (isdigit((unsigned char)text[0])) {
        errno = 0;
        unsigned long long v = strtoull(text, &end, 0);
        if (errno || *end || v > 0xFFFFFFFFull)
            return false;
        *addr = (uint32_t)v;
        return true;
    }
    return symbols_find(vm->debug.symbols, text, addr);
}

void debugger_add_break(struct vm_break_list *l, uint32_t addr)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->addr[i] == addr)
            return;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->addr = xrealloc(l->addr, l->cap * sizeof *l->addr);
    }
    l->addr[l->n++] = addr;
}

bool debugger_remove_break(struct vm_break_list *l, uint32_t addr)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->addr[i] == addr) {
            l->addr[i] = l->addr[--l->n];
            return true;
        }
    return false;
}

/* The word at virtual address va as the program sees it now. */
static bool peek(struct vm *vm, uint32_t va, uint32_t *w)
{
    uint32_t pa;
    if (!mmu_peek(vm, va, &pa))
        return false;
    *w = vm->mem[pa];
    return true;
}

static void show_registers(struct vm *vm, FILE *out)
{
    char where[96];
    fprintf(out, "ip = %s   cycles = %llu   interrupts %s\n",
            vm_name_address(vm, vm->ip, where, sizeof where), (unsigned long long)vm->cycles,
            vm->mem[0] ? "enabled" : "disabled");
    for (unsigned i = 0; i < 64; i++)
        fprintf(out, "r%-2u %08x%s", i, vm->r[i], i % 8 == 7 ? "\n" : "  ");
}

static void show_memory(struct vm *vm, FILE *out, uint32_t at, uint32_t count)
{
    for (uint32_t i = 0; i < count; i++) {
        uint32_t w;
        if (i % 8 == 0)
            fprintf(out, "%s%08x:", i ? "\n" : "", at + i);
        if (peek(vm, at + i, &w))
            fprintf(out, " %08x", w);
        else
            fprintf(out, " --------");
    }
    fputc('\n', out);
}

static void disassemble(struct vm *vm, FILE *out, uint32_t from, unsigned lines)
{
    uint32_t at = from;
    for (unsigned i = 0; i < lines; i++) {
        uint32_t w, next = 0;
        char where[96], text[64];
        vm_name_address(vm, at, where, sizeof where);
        if (!peek(vm, at, &w)) {
            fprintf(out, "   %s: (not mapped)\n", where);
            at++;
            continue;
        }
        peek(vm, at + 1, &next);
        unsigned len = vm_disasm(w, next, text, sizeof text);
        fprintf(out, "%s %s: %08x  %s\n", at == vm->ip ? "=>" : "  ", where, w, text);
        at += len;
    }
}

static void help(FILE *out)
{
    fputs("commands: s|step [N]   c|continue   r|regs   m|mem ADDR [N]   d|disas [ADDR]\n"
          "          b|break ADDR   cb|clear ADDR   bl|breaks   q|quit   (ADDR: 0x.., "
          "decimal or symbol)\n", out);
}

/* One command; returns -1 to keep reading, else a debugger_result. */
static int command(struct vm *vm, FILE *out, char *line)
{
    char *argv[4] = {0};
    int argc = 0;
    for (char *t = strtok(line, " \t\r\n"); t && argc < 4; t = strtok(NULL, " \t\r\n"))
        argv[argc++] = t;
    if (argc == 0)
        return -1;
    const char *c = argv[0];
    uint32_t addr = 0, n = 0;
    bool have_addr = argc > 1 && debugger_parse_address(vm, argv[1], &addr);
    if (argc > 1 && !have_addr && strcmp(c, "s") && strcmp(c, "step")) {
        fprintf(out, "bad address: %s\n", argv[1]);
        return -1;
    }
    if (!strcmp(c, "s") || !strcmp(c, "step")) {
        n = argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 0) : 1;
        if (vm_run(vm, n ? n : 1) != VM_RUNNING && vm->stop != VM_BREAK)
            return DEBUGGER_STOPPED;
        disassemble(vm, out, vm->ip, 1);
    } else if (!strcmp(c, "c") || !strcmp(c, "continue")) {
        return DEBUGGER_CONTINUE;
    } else if (!strcmp(c, "q") || !strcmp(c, "quit")) {
        return DEBUGGER_QUIT;
    } else if (!strcmp(c, "r") || !strcmp(c, "regs")) {
        show_registers(vm, out);
    } else if (!strcmp(c, "m") || !strcmp(c, "mem")) {
        n = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 0) : 16;
        show_memory(vm, out, have_addr ? addr : vm->ip, n > 4096 ? 4096 : n);
    } else if (!strcmp(c, "d") || !strcmp(c, "disas")) {
        disassemble(vm, out, have_addr ? addr : (vm->ip > 4 ? vm->ip - 4 : 0), 12);
    } else if ((!strcmp(c, "b") || !strcmp(c, "break")) && have_addr) {
        debugger_add_break(&vm->debug.breaks, addr);
        fprintf(out, "breakpoint at 0x%08x\n", addr);
    } else if ((!strcmp(c, "cb") || !strcmp(c, "clear")) && have_addr) {
        fprintf(out, debugger_remove_break(&vm->debug.breaks, addr) ? "cleared 0x%08x\n"
                                                                   : "no breakpoint at 0x%08x\n",
                addr);
    } else if (!strcmp(c, "bl") || !strcmp(c, "breaks")) {
        for (size_t i = 0; i < vm->debug.breaks.n; i++)
            fprintf(out, "breakpoint at 0x%08x\n", vm->debug.breaks.addr[i]);
    } else {
        help(out);
    }
    return -1;
}

/* One line from fd, read a byte at a time so that nothing after it is consumed (the
 * debug-input device reads the same stdin). False at end of input. */
static bool read_line(int fd, char *line, size_t size)
{
    size_t n = 0;
    for (;;) {
        char c;
        ssize_t got = read(fd, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            line[n] = '\0';
            return n > 0;
        }
        if (c == '\n')
            break;
        if (n + 1 < size)
            line[n++] = c;
    }
    line[n] = '\0';
    return true;
}

enum debugger_result debugger_run(struct vm *vm, int in, FILE *out)
{
    fprintf(out, "qvm: %s\n", vm->stop_msg);
    disassemble(vm, out, vm->ip, 1);
    char line[256];
    for (;;) {
        fprintf(out, "(qvm) ");
        fflush(out);
        if (!read_line(in, line, sizeof line)) {
            fputc('\n', out);
            return DEBUGGER_QUIT;
        }
        int r = command(vm, out, line);
        if (r >= 0)
            return (enum debugger_result)r;
    }
}
