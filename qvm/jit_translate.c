/* jit_translate.c - host code for the JIT (contract in jit.h): the trampoline, one
 * template per op kind of a decoded block, exit stubs that give back the exact guest
 * state, and link slots patched to chain a block to its last successor. */
#if defined(__x86_64__) && defined(__linux__)
#include <stdlib.h>
#include <string.h>

#include "alu.h"
#include "jit.h"
#include "x64emit.h"

#define R_VM      X_RBX
#define R_MEM     X_R12
#define R_CODEMAP X_RBP
#define R_JIT     X_R13
#define R_LEFT    X_R14
#define R_BVA     X_R15

/* A link slot's fixed layout (bytes from its start): cmp eax, imm32 (ip) / jne out /
 * mov rcx, imm64 (epoch) / cmp rcx, [epoch] / jne out / mov r15d, eax / jmp rel32. */
#define SLOT_IP    1
#define SLOT_EPOCH 13
#define SLOT_JMP   38
#define SLOT_END   42

/* The worst case of one op's code and its stubs, with room to spare. */
#define MAX_OP_BYTES 160

static struct x64_mem greg(unsigned i)
{
    return x64_at(R_VM, (int32_t)(offsetof(struct vm, r) + 4 * i));
}
static struct x64_mem vm_field(size_t off) { return x64_at(R_VM, (int32_t)off); }
static struct x64_mem jit_field(size_t off) { return x64_at(R_JIT, (int32_t)off); }
static struct x64_mem tc_field(unsigned kind, size_t off)
{
    return vm_field(offsetof(struct vm, tc) + kind * sizeof(struct vm_tcache) + off);
}

static void load(struct x64 *e, int reg, struct x64_mem m) { x64_op_mem(e, false, "\x8b", reg, m); }
static void store(struct x64 *e, struct x64_mem m, int reg) { x64_op_mem(e, false, "\x89", reg, m); }
static void lea_bva(struct x64 *e, int reg, uint32_t off)
{
    x64_op_mem(e, false, "\x8d", reg, x64_at(R_BVA, (int32_t)off));
}
static void mov_rr(struct x64 *e, int dst, int src) { x64_op_reg(e, false, "\x89", src, dst); }
static void xor_rr(struct x64 *e, int r) { x64_op_reg(e, false, "\x31", r, r); }

/* Exit stubs: one per op that may leave, reached by up to four jumps. */
struct stub {
    size_t fix[4];
    unsigned nfix;
    uint32_t off, idx;
};

struct tctx {
    struct x64 e;
    struct vm_jit *j;
    struct block *b;
    size_t start, entry;
    struct stub stubs[2 * VM_LINE_WORDS + 4];
    unsigned nstubs;
};

static struct stub *new_stub(struct tctx *t, uint32_t off, uint32_t idx)
{
    struct stub *s = &t->stubs[t->nstubs++];
    s->nfix = 0;
    s->off = off;
    s->idx = idx;
    return s;
}

static void exit_if(struct tctx *t, struct stub *s, enum x64_cc cc)
{
    s->fix[s->nfix++] = x64_jcc32(&t->e, cc);
}

static void exit_always(struct tctx *t, struct stub *s)
{
    s->fix[s->nfix++] = x64_jmp32(&t->e);
}

/* Stub: give back the cycles of the instructions not done, ip = that instruction. */
static void emit_stub(struct tctx *t, const struct stub *s)
{
    struct x64 *e = &t->e;
    for (unsigned i = 0; i < s->nfix; i++)
        x64_patch32(e, s->fix[i], e->pos);
    if (t->b->n != s->idx)
        x64_alu_imm(e, 0, R_LEFT, t->b->n - s->idx);
    lea_bva(e, X_RAX, s->off);
    xor_rr(e, X_RDX);
    x64_patch32(e, x64_jmp32(e), t->j->exit_at);
}

/* The end of a block with the next ip in eax: loop to the entry if it is this block
 * again, else a link slot, unlinked for now, falling into an exit to the dispatcher. */
static void emit_end(struct tctx *t, unsigned slot)
{
    struct x64 *e = &t->e;
    x64_op_reg(e, false, "\x39", R_BVA, X_RAX); /* cmp eax, r15d */
    size_t other = x64_jcc8(e, CC_NE);
    x64_patch32(e, x64_jmp32(e), t->entry);
    x64_patch8(e, other, e->pos);
    size_t at = e->pos;
    t->b->link_at[slot] = (uint32_t)(at - t->start);
    x64_byte(e, 0x3D);
    x64_u32(e, 0); /* cmp eax, ip */
    size_t miss1 = x64_jcc32(e, CC_NE);
    x64_mov_imm64(e, X_RCX, UINT64_MAX); /* no epoch is this one: never taken yet */
    x64_op_mem(e, true, "\x3b", X_RCX, vm_field(offsetof(struct vm, exec_epoch)));
    size_t miss2 = x64_jcc32(e, CC_NE);
    mov_rr(e, R_BVA, X_RAX);
    size_t link = x64_jmp32(e);
    if (!e->full && (e->pos - at != SLOT_END || link - at != SLOT_JMP || miss1 - at != 7)) {
        abort(); /* the slot layout that jit_link patches */
    }
    x64_patch32(e, miss1, e->pos);
    x64_patch32(e, miss2, e->pos);
    x64_patch32(e, link, e->pos);
    x64_mov_imm64(e, X_RDX, (uint64_t)(uintptr_t)t->b | slot);
    x64_patch32(e, x64_jmp32(e), t->j->exit_at);
}

/* eax = the guest ip after a taken relative jump or falling through. */
static void conditional(struct tctx *t, const struct top *op, bool relative, enum x64_cc taken)
{
    struct x64 *e = &t->e;
    load(e, X_RCX, greg(op->a));
    x64_op_reg(e, false, "\x85", X_RCX, X_RCX);
    size_t fall = x64_jcc32(e, taken ^ 1); /* the opposite condition */
    if (relative) {
        lea_bva(e, X_RAX, op->off);
        x64_op_mem(e, false, "\x03", X_RAX, greg(op->b));
    } else {
        load(e, X_RAX, greg(op->b));
    }
    emit_end(t, 0);
    x64_patch32(e, fall, e->pos);
    lea_bva(e, X_RAX, t->b->words);
    emit_end(t, 1);
}

/* d = a OP b with OP an x86 instruction "op r32, r/m32". */
static void binary(struct x64 *e, const struct top *op, const char *x86)
{
    load(e, X_RAX, greg(op->a));
    x64_op_mem(e, false, x86, X_RAX, greg(op->b));
    store(e, greg(op->d), X_RAX);
}

static void compare(struct x64 *e, const struct top *op, enum x64_cc cc)
{
    load(e, X_RCX, greg(op->a));
    xor_rr(e, X_RAX);
    x64_op_mem(e, false, "\x3b", X_RCX, greg(op->b));
    char setcc[3] = {0x0F, (char)(0x90 + cc), 0};
    x64_op_reg(e, false, setcc, 0, X_RAX);
    store(e, greg(op->d), X_RAX);
}

/* ext: 4 shl, 5 shr, 7 sar (the count is masked to 5 bits, as the ISA says). */
static void shift(struct x64 *e, const struct top *op, unsigned ext)
{
    load(e, X_RCX, greg(op->b));
    load(e, X_RAX, greg(op->a));
    x64_op_reg(e, false, "\xd3", (int)ext, X_RAX);
    store(e, greg(op->d), X_RAX);
}

/* Division; b = 0 leaves to the reference loop (the divide fault). */
static void divide(struct tctx *t, const struct top *op, bool is_signed, bool rem)
{
    struct x64 *e = &t->e;
    load(e, X_RCX, greg(op->b));
    x64_op_reg(e, false, "\x85", X_RCX, X_RCX);
    exit_if(t, new_stub(t, op->off, op->idx), CC_E);
    load(e, X_RAX, greg(op->a));
    size_t normal = 0, done = 0;
    if (is_signed) {
        x64_alu_imm(e, 7, X_RCX, 0xFFFFFFFFu); /* b = -1: no idiv (it traps on INT_MIN) */
        normal = x64_jcc8(e, CC_NE);
        if (rem)
            xor_rr(e, X_RDX);
        else
            x64_op_reg(e, false, "\xf7", 3, X_RAX); /* neg eax */
        done = x64_jmp8(e);
        x64_patch8(e, normal, e->pos);
        x64_byte(e, 0x99); /* cdq */
        x64_op_reg(e, false, "\xf7", 7, X_RCX);
    } else {
        xor_rr(e, X_RDX);
        x64_op_reg(e, false, "\xf7", 6, X_RCX);
    }
    if (is_signed)
        x64_patch8(e, done, e->pos);
    store(e, greg(op->d), rem ? X_RDX : X_RAX);
}

static uint32_t h_fadd(uint32_t a, uint32_t b) { return qpu_fadd(a, b); }
static uint32_t h_fsub(uint32_t a, uint32_t b) { return qpu_fsub(a, b); }
static uint32_t h_fmul(uint32_t a, uint32_t b) { return qpu_fmul(a, b); }
static uint32_t h_fdiv(uint32_t a, uint32_t b) { return qpu_fdiv(a, b); }
static uint32_t h_feq(uint32_t a, uint32_t b) { return u2f(a) == u2f(b); }
static uint32_t h_flt(uint32_t a, uint32_t b) { return u2f(a) < u2f(b); }
static uint32_t h_fgt(uint32_t a, uint32_t b) { return u2f(a) > u2f(b); }
static uint32_t h_itof(uint32_t a, uint32_t b) { (void)b; return f2u((float)(int32_t)a); }
static uint32_t h_utof(uint32_t a, uint32_t b) { (void)b; return f2u((float)a); }
static uint32_t h_ftoi(uint32_t a, uint32_t b) { (void)b; return float_to_int(u2f(a)); }

/* d = helper(a, b): the floating-point ops, in C (rsp is 16-aligned in blocks). */
static void call_helper(struct x64 *e, const struct top *op, uint32_t (*fn)(uint32_t, uint32_t))
{
    load(e, X_RDI, greg(op->a));
    load(e, X_RSI, greg(op->b));
    x64_mov_imm64(e, X_RAX, (uint64_t)(uintptr_t)fn);
    x64_op_reg(e, false, "\xff", 2, X_RAX); /* call rax */
    store(e, greg(op->d), X_RAX);
}

/* eax = the physical address of virtual eax through the cache tc[kind], or exit. */
static void translate(struct tctx *t, struct stub *s, unsigned kind)
{
    struct x64 *e = &t->e;
    mov_rr(e, X_RCX, X_RAX);
    x64_op_mem(e, false, "\x2b", X_RCX, tc_field(kind, offsetof(struct vm_tcache, start)));
    x64_op_mem(e, false, "\x3b", X_RCX, tc_field(kind, offsetof(struct vm_tcache, size)));
    exit_if(t, s, CC_AE);
    x64_op_mem(e, false, "\x03", X_RAX, tc_field(kind, offsetof(struct vm_tcache, delta)));
}

static void mem_load(struct tctx *t, const struct top *op, bool immediate)
{
    struct x64 *e = &t->e;
    struct stub *s = new_stub(t, op->off, op->idx);
    if (immediate)
        lea_bva(e, X_RAX, op->off + 1u);
    else
        load(e, X_RAX, greg(op->a));
    translate(t, s, TC_READ);
    load(e, X_RAX, x64_at_index(R_MEM, X_RAX, 2));
    store(e, greg(op->d), X_RAX);
}

/* A store to RAM outside decoded code; device words and code lines leave. */
static void mem_store(struct tctx *t, const struct top *op)
{
    struct x64 *e = &t->e;
    struct stub *s = new_stub(t, op->off, op->idx);
    load(e, X_RAX, greg(op->d));
    translate(t, s, TC_WRITE);
    mov_rr(e, X_RCX, X_RAX);
    x64_op_mem(e, false, "\x2b", X_RCX, vm_field(offsetof(struct vm, io_lo)));
    x64_op_mem(e, false, "\x3b", X_RCX, vm_field(offsetof(struct vm, io_span)));
    size_t not_io = x64_jcc8(e, CC_AE);
    x64_op_mem(e, true, "\x8b", X_RDX, vm_field(offsetof(struct vm, io_map)));
    x64_op_mem(e, false, "\x80", 7, x64_at_index(X_RDX, X_RCX, 0));
    x64_byte(e, 0); /* cmp byte [rdx + rcx], 0 */
    exit_if(t, s, CC_NE);
    x64_patch8(e, not_io, e->pos);
    mov_rr(e, X_RCX, X_RAX);
    x64_op_reg(e, false, "\xc1", 5, X_RCX);
    x64_byte(e, VM_LINE_SHIFT); /* shr ecx, line shift */
    x64_op_mem(e, false, "\x80", 7, x64_at_index(R_CODEMAP, X_RCX, 0));
    x64_byte(e, 0);
    exit_if(t, s, CC_NE);
    load(e, X_RDX, greg(op->a));
    store(e, x64_at_index(R_MEM, X_RAX, 2), X_RDX);
}

/* Emits one op; returns false when the block ends with it. */
static bool emit_op(struct tctx *t, const struct top *op)
{
    struct x64 *e = &t->e;
    switch (op->k) {
    case K_SETIP:
        lea_bva(e, X_RAX, op->off);
        store(e, greg(QPU_REG_IP), X_RAX);
        return true;
    case OP_LOAD: mem_load(t, op, false); return true;
    case OP_CONSTANT: mem_load(t, op, true); return true;
    case OP_STORE: mem_store(t, op); return true;
    case OP_MOV:
        load(e, X_RAX, greg(op->a));
        store(e, greg(op->d), X_RAX);
        return true;
    case OP_NOT:
        load(e, X_RAX, greg(op->a));
        x64_op_reg(e, false, "\xf7", 2, X_RAX);
        store(e, greg(op->d), X_RAX);
        return true;
    case OP_ADD: binary(e, op, "\x03"); return true;
    case OP_SUB: binary(e, op, "\x2b"); return true;
    case OP_MUL: binary(e, op, "\x0f\xaf"); return true;
    case OP_AND: binary(e, op, "\x23"); return true;
    case OP_OR: binary(e, op, "\x0b"); return true;
    case OP_SHL: shift(e, op, 4); return true;
    case OP_SHR: shift(e, op, 5); return true;
    case OP_SAR: shift(e, op, 7); return true;
    case OP_EQ: compare(e, op, CC_E); return true;
    case OP_NEQ: compare(e, op, CC_NE); return true;
    case OP_LT: compare(e, op, CC_B); return true;
    case OP_GT: compare(e, op, CC_A); return true;
    case OP_SLT: compare(e, op, CC_L); return true;
    case OP_SGT: compare(e, op, CC_G); return true;
    case OP_DIV: divide(t, op, false, false); return true;
    case OP_MOD: divide(t, op, false, true); return true;
    case OP_SDIV: divide(t, op, true, false); return true;
    case OP_SMOD: divide(t, op, true, true); return true;
    case OP_NOP: return true;
    case OP_FADD: call_helper(e, op, h_fadd); return true;
    case OP_FSUB: call_helper(e, op, h_fsub); return true;
    case OP_FMUL: call_helper(e, op, h_fmul); return true;
    case OP_FDIV: call_helper(e, op, h_fdiv); return true;
    case OP_FEQ: call_helper(e, op, h_feq); return true;
    case OP_FLT: call_helper(e, op, h_flt); return true;
    case OP_FGT: call_helper(e, op, h_fgt); return true;
    case OP_ITOF: call_helper(e, op, h_itof); return true;
    case OP_UTOF: call_helper(e, op, h_utof); return true;
    case OP_FTOI: call_helper(e, op, h_ftoi); return true;
    case OP_JMP:
        load(e, X_RAX, greg(op->a));
        emit_end(t, 0);
        return false;
    case OP_RJMP:
        lea_bva(e, X_RAX, op->off);
        x64_op_mem(e, false, "\x03", X_RAX, greg(op->a));
        emit_end(t, 0);
        return false;
    case OP_JZ: conditional(t, op, false, CC_E); return false;
    case OP_JNZ: conditional(t, op, false, CC_NE); return false;
    case OP_RJZ: conditional(t, op, true, CC_E); return false;
    case OP_RJNZ: conditional(t, op, true, CC_NE); return false;
    case K_END:
        lea_bva(e, X_RAX, t->b->words);
        emit_end(t, 1);
        return false;
    default: /* K_EXIT and anything the blocks leave to the reference loop */
        exit_always(t, new_stub(t, op->off, op->idx));
        return false;
    }
}

bool jit_translate(struct vm_jit *j, struct block *b)
{
    struct tctx *t = malloc(sizeof *t);
    if (!t)
        return false;
    t->j = j;
    t->b = b;
    t->nstubs = 0;
    t->e = (struct x64){j->cache.rw, j->used, j->cache.size, false};
    struct x64 *e = &t->e;
    t->start = t->entry = e->pos;
    struct stub *bail = new_stub(t, 0, 0);
    x64_alu_imm(e, 5, R_LEFT, b->n); /* sub r14d, n */
    exit_if(t, bail, CC_B);
    for (const struct top *op = b->op;; op++) {
        if (e->cap - e->pos < MAX_OP_BYTES) {
            e->full = true;
            break;
        }
        if (!emit_op(t, op))
            break;
    }
    for (unsigned i = 0; i < t->nstubs; i++)
        emit_stub(t, &t->stubs[i]);
    bool ok = !e->full;
    if (ok) {
        b->native = j->cache.rx + t->start;
        b->native_gen = j->gen;
        j->used = (e->pos + 15) & ~(size_t)15;
        if (j->used > j->cache.size)
            j->used = j->cache.size;
        j->translated++;
    }
    free(t);
    return ok;
}

void jit_link(struct vm_jit *j, struct block *from, unsigned slot, const struct block *to,
              uint32_t ip, uint64_t epoch)
{
    size_t at = (size_t)(from->native - j->cache.rx) + from->link_at[slot];
    size_t target = (size_t)(to->native - j->cache.rx);
    uint8_t *p = j->cache.rw + at;
    int32_t rel = (int32_t)((int64_t)target - (int64_t)(at + SLOT_END));
    memcpy(p + SLOT_IP, &ip, 4);
    memcpy(p + SLOT_EPOCH, &epoch, 8);
    memcpy(p + SLOT_JMP, &rel, 4);
}

void jit_emit_trampoline(struct vm_jit *j)
{
    struct x64 e = {j->cache.rw, 0, j->cache.size, false};
    static const int saved[] = {X_RBX, X_RBP, X_R12, X_R13, X_R14, X_R15};
    for (unsigned i = 0; i < 6; i++)
        x64_push(&e, saved[i]);
    x64_op_reg(&e, true, "\x83", 5, X_RSP); /* sub rsp, 8: 16-byte alignment for calls */
    x64_byte(&e, 8);
    x64_op_reg(&e, true, "\x89", X_RDI, R_VM);
    x64_op_reg(&e, true, "\x89", X_RSI, R_JIT);
    x64_op_mem(&e, true, "\x8b", R_MEM, x64_at(R_VM, (int32_t)offsetof(struct vm, mem)));
    x64_op_mem(&e, true, "\x8b", R_CODEMAP,
               x64_at(R_VM, (int32_t)offsetof(struct vm, code_map)));
    load(&e, R_LEFT, jit_field(offsetof(struct vm_jit, left)));
    load(&e, R_BVA, jit_field(offsetof(struct vm_jit, ip)));
    x64_op_reg(&e, false, "\xff", 4, X_RDX); /* jmp rdx */
    j->exit_at = e.pos;
    store(&e, jit_field(offsetof(struct vm_jit, ip)), X_RAX);
    store(&e, jit_field(offsetof(struct vm_jit, left)), R_LEFT);
    x64_op_reg(&e, true, "\x89", X_RDX, X_RAX);
    x64_op_reg(&e, true, "\x83", 0, X_RSP);
    x64_byte(&e, 8);
    for (unsigned i = 6; i-- > 0;)
        x64_pop(&e, saved[i]);
    x64_byte(&e, 0xC3);
    j->code_start = j->used = (e.pos + 63) & ~(size_t)63;
    memcpy(&j->enter, &j->cache.rx, sizeof j->enter);
}
#endif
