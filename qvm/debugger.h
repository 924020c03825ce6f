/* debugger.h - the interactive debugger qvm enters on a breakpoint: step, continue,
 * registers, memory dump, disassembly around ip, breakpoints, quit. Commands are read
 * line by line from the file descriptor `in` (qvm passes stdin, which the debug-input
 * device shares: exactly one line is consumed per command), answers go to `out`. */
#ifndef QVM_DEBUGGER_H
#define QVM_DEBUGGER_H

#include <stdio.h>

#include "vm.h"

enum debugger_result {
    DEBUGGER_CONTINUE, /* run on */
    DEBUGGER_QUIT,     /* the user asked to stop */
    DEBUGGER_STOPPED,  /* the machine stopped while stepping (vm->stop says why) */
};

enum debugger_result debugger_run(struct vm *vm, int in, FILE *out);

/* Parses an address: 0x hex, decimal, or a symbol name. */
bool debugger_parse_address(const struct vm *vm, const char *text, uint32_t *addr);
void debugger_add_break(struct vm_break_list *l, uint32_t addr);
bool debugger_remove_break(struct vm_break_list *l, uint32_t addr);

#endif
