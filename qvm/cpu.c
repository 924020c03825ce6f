/* cpu.c - instruction semantics helpers and the two instantiations of the instruction
 * loop in cpu_loop.inc: the fast one (no hooks) and the debug one. */
#include "vm.h"

#include "alu.h"
#include "isa.h"
#include "platform.h"

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#ifndef CPU_THREADED
#ifdef __GNUC__
#define CPU_THREADED 1 /* computed goto */
#else
#define CPU_THREADED 0
#endif
#endif

#define CPU_FN cpu_run_fast
#define CPU_DEBUG 0
#include "cpu_loop.inc"
#undef CPU_FN
#undef CPU_DEBUG

#define CPU_FN cpu_run_debug
#define CPU_DEBUG 1
#include "cpu_loop.inc"
#undef CPU_FN
#undef CPU_DEBUG
