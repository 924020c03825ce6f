/* engine.c - the names of the engines (--engine=, QVM_ENGINE). */
#include <string.h>

#include "vm.h"

static const char *const names[] = {
    [VM_ENGINE_INTERP] = "interp",
    [VM_ENGINE_THREADED] = "threaded",
    [VM_ENGINE_JIT] = "jit",
};

const char *vm_engine_name(enum vm_engine e)
{
    return (unsigned)e < sizeof names / sizeof names[0] ? names[e] : "?";
}

bool vm_engine_parse(const char *name, enum vm_engine *e)
{
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0) {
            *e = (enum vm_engine)i;
            return true;
        }
    return false;
}
