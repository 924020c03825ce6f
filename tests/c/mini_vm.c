/* A tiny stack-machine interpreter: a switch in a loop over an instruction array. */
#include "print.h"

enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, PRINT, HALT };
struct insn { enum op op; int arg; };

static int run(const struct insn *prog)
{
    int stack[32], sp = 0, pc = 0, steps = 0;
    for (;;) {
        struct insn in = prog[pc++];
        steps++;
        switch (in.op) {
        case PUSH: stack[sp++] = in.arg; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
        case JNZ: if (stack[--sp]) pc = in.arg; break;
        case DEC: stack[sp - 1]--; break;
        case PRINT: print_int(stack[sp - 1]); print_char('\n'); break;
        case HALT: return steps;
        }
    }
}

int main(void)
{
    /* factorial of 10: acc = 1, n = 10; loop: acc *= n; n--; while n */
    static const struct insn fact[] = {
        {PUSH, 1}, {PUSH, 10},
        {SWAP, 0}, {PUSH, 0}, {ADD, 0},
        {SWAP, 0}, {DUP, 0}, {PUSH, 0}, {SWAP, 0}, {SUB, 0},
        {PUSH, -1}, {MUL, 0},
        {SWAP, 0}, {SWAP, 0},
        {DUP, 0}, {JNZ, 17}, {HALT, 0},
        {SWAP, 0}, {PUSH, 0}, {ADD, 0}, {SWAP, 0},
        {DUP, 0}, {PUSH, 0}, {SWAP, 0}, {SUB, 0}, {PUSH, -1}, {MUL, 0},
        {SWAP, 0}, {PUSH, 0}, {ADD, 0},
        {HALT, 0},
    };
    static const struct insn count[] = {
        {PUSH, 5}, {PRINT, 0}, {DEC, 0}, {DUP, 0}, {JNZ, 1}, {HALT, 0},
    };
    int s1 = run(count);
    print_int(s1); print_char('\n');
    int s2 = run(fact);
    print_int(s2); print_char('\n');
    return s1;
}
