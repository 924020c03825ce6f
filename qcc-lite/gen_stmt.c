/* gen_stmt.c - code generation for functions: register and frame allocation of
 * locals, statements, prologue and epilogue (docs/abi.md), and the small emit
 * helpers shared with gen_expr.c.
 */
#include <stdarg.h>
#include <string.h>

#include "qcc.h"

/* ---- emit helpers ---- */

void emit(Gen *g, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof line) {
        /* only __asm__ text can be this long */
        char *big = arena_alloc((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        buf_append(g->out, big, (size_t)n);
    } else {
        buf_append(g->out, line, (size_t)n);
    }
    buf_append(g->out, "\n", 1);
}

int new_label(Gen *g)
{
    return ++g->labels;
}

/* The assembler names of the function's local labels: compiler-made and user ones. */
const char *gen_label_name(Gen *g, int label)
{
    return asm_symbol(arena_printf("%s$L%d", g->fname, label));
}

const char *gen_user_label_name(Gen *g, const char *name)
{
    return asm_symbol(arena_printf("%s$u$%s", g->fname, name));
}

void emit_label(Gen *g, int label)
{
    emit(g, "%s:", gen_label_name(g, label));
}

void emit_jump(Gen *g, int label)
{
    emit(g, "constant r%d %s", REG_SCRATCH, gen_label_name(g, label));
    emit(g, "jmp r%d", REG_SCRATCH);
}

void emit_branch(Gen *g, int reg, int label, bool if_nonzero)
{
    emit(g, "constant r%d %s", REG_SCRATCH, gen_label_name(g, label));
    emit(g, "%s r%d r%d", if_nonzero ? "jnz" : "jz", reg, REG_SCRATCH);
}

/* Registers of the temporary range that hold locals of the current leaf function. */
static uint32_t leaf_regs;

bool is_temp(int reg)
{
    return reg >= TEMP_FIRST && reg <= TEMP_LAST && !(leaf_regs & (1u << reg));
}

int temp_alloc(Gen *g)
{
    for (int r = TEMP_FIRST; r <= TEMP_LAST; r++) {
        if (!(g->busy & (1u << r))) {
            g->busy |= 1u << r;
            return r;
        }
    }
    diag_fatal("expression too complex (out of registers) in function '%s'", g->fname);
}

void temp_free(Gen *g, int reg)
{
    if (is_temp(reg))
        g->busy &= ~(1u << reg);
}

int frame_alloc(Gen *g, int words)
{
    int off = g->frame;
    g->frame += words > 0 ? words : 1;
    return off;
}

/* Frame slots are addressed from g->fp: r63, or FRAME_REG in a function whose r63
 * moves at run time (alloca, VLAs: gen_ext.c). */
void emit_frame_addr(Gen *g, int dst, int offset)
{
    if (offset == 0) {
        emit(g, "mov r%d r%d", dst, g->fp);
        return;
    }
    emit_const(g, dst == REG_SCRATCH ? REG_SCRATCH : dst, offset);
    emit(g, "add r%d r%d r%d", dst, g->fp, dst);
}

/* Outgoing stack arguments are addressed from r63 itself. */
void emit_sp_addr(Gen *g, int dst, int offset)
{
    if (offset == 0) {
        emit(g, "mov r%d r63", dst);
        return;
    }
    emit_const(g, dst, offset);
    emit(g, "add r%d r63 r%d", dst, dst);
}

void emit_const(Gen *g, int dst, int64_t value)
{
    emit(g, "constant r%d %u", dst, (unsigned)(uint32_t)value);
}

/* Copies `words` words from src to dst (address registers, left unchanged). */
void emit_copy(Gen *g, int dst, int src, int words)
{
    if (words <= 0)
        return;
    int t = temp_alloc(g);
    if (words <= 6) {
        int s = temp_alloc(g), d = temp_alloc(g);
        emit(g, "mov r%d r%d", s, src);
        emit(g, "mov r%d r%d", d, dst);
        emit_const(g, REG_SCRATCH, 1);
        for (int i = 0; i < words; i++) {
            emit(g, "load r%d r%d", t, s);
            emit(g, "store r%d r%d", d, t);
            if (i + 1 < words) {
                emit(g, "add r%d r%d r%d", s, s, REG_SCRATCH);
                emit(g, "add r%d r%d r%d", d, d, REG_SCRATCH);
            }
        }
        temp_free(g, s);
        temp_free(g, d);
        temp_free(g, t);
        return;
    }
    temp_free(g, t);
    int n = temp_alloc(g);
    emit_const(g, n, words);
    emit_copy_loop(g, dst, src, n, false);
}

/* Copies n words (n a temporary, freed; it may hold 0 if may_be_zero). */
void emit_copy_loop(Gen *g, int dst, int src, int n, bool may_be_zero)
{
    int t = temp_alloc(g), s = temp_alloc(g), d = temp_alloc(g), one = temp_alloc(g);
    emit(g, "mov r%d r%d", s, src);
    emit(g, "mov r%d r%d", d, dst);
    emit_const(g, one, 1);
    int loop = new_label(g), done = new_label(g);
    if (may_be_zero)
        emit_branch(g, n, done, false);
    emit_label(g, loop);
    emit(g, "; no-hoist"); /* temporaries live around this loop are not visible in it */
    emit(g, "load r%d r%d", t, s);
    emit(g, "store r%d r%d", d, t);
    emit(g, "add r%d r%d r%d", s, s, one);
    emit(g, "add r%d r%d r%d", d, d, one);
    emit(g, "sub r%d r%d r%d", n, n, one);
    emit_branch(g, n, loop, true);
    emit_label(g, done);
    temp_free(g, s);
    temp_free(g, d);
    temp_free(g, n);
    temp_free(g, one);
    temp_free(g, t);
}

void emit_zero(Gen *g, int dst, int words)
{
    int d = temp_alloc(g), n = temp_alloc(g), one = temp_alloc(g), z = temp_alloc(g);
    emit(g, "mov r%d r%d", d, dst);
    emit_const(g, n, words);
    emit_const(g, one, 1);
    emit_const(g, z, 0);
    int loop = new_label(g);
    emit_label(g, loop);
    emit(g, "; no-hoist"); /* temporaries live around this loop are not visible in it */
    emit(g, "store r%d r%d", d, z);
    emit(g, "add r%d r%d r%d", d, d, one);
    emit(g, "sub r%d r%d r%d", n, n, one);
    emit_branch(g, n, loop, true);
    temp_free(g, d);
    temp_free(g, n);
    temp_free(g, one);
    temp_free(g, z);
}

/* ---- locals ---- */

/* Assigns argument words (docs/abi.md): where[k] is the first register (1..8) of
 * argument k, or -1 - its first stack word. Returns the number of stack words. */
int place_args(Type **types, int n, int nfixed, bool variadic, int *where)
{
    int nreg = 0, nstack = 0;
    for (int k = 0; k < n; k++) {
        int words = ty_two_words(types[k]) ? 2 : 1;
        bool va = variadic && k >= nfixed;
        if (!va && nreg + words <= NUM_ARG_REGS) {
            where[k] = 1 + nreg;
            nreg += words;
        } else {
            where[k] = -1 - nstack;
            nstack += words;
        }
    }
    return nstack;
}

static bool wants_register(Sym *s)
{
    return opts.opt > 0 && ty_is_scalar(s->ty) && ty_size(s->ty) == 1 && !s->addr_taken &&
           !s->global &&
           !(s->ty->quals & Q_VOLATILE);
}

/* Does the code under n make calls (or contain inline assembly, or long long values,
 * whose open-coded operations need many temporaries)? Follows only syntactic children. */
static bool needs_full_temps(Node *n)
{
    for (; n; n = n->next) {
        if (n->ty && (ty_two_words(n->ty) || ty_is_complex(n->ty)))
            return true;
        switch (n->kind) {
        case ND_CALL: case ND_ASM: case ND_VA_START:
            return true;
        case ND_GOTO: case ND_BREAK: case ND_CONTINUE: case ND_NONLOCAL_GOTO:
            continue;
        case ND_DECL:
            for (Node *id = n->a; id; id = id->next)
                if (id->sym && id->sym->init && needs_full_temps(id->sym->init))
                    return true;
            continue;
        case ND_COMPOUND_LIT:
            if (n->sym && needs_full_temps(n->sym->init))
                return true;
            continue;
        case ND_CASE: case ND_DEFAULT:
            if (needs_full_temps(n->b))
                return true;
            continue;
        case ND_LABEL:
            if (needs_full_temps(n->a))
                return true;
            continue;
        default:
            if (needs_full_temps(n->a) || needs_full_temps(n->b) || needs_full_temps(n->c) ||
                needs_full_temps(n->d))
                return true;
        }
    }
    return false;
}

/* Does the code under n compute with long long values? */
static bool uses_ll(Node *n)
{
    for (; n; n = n->next) {
        if (n->ty && ty_is_ll(n->ty))
            return true;
        if (n->opty && ty_is_ll(n->opty))
            return true;
        if (n->kind == ND_DECL) {
            for (Node *id = n->a; id; id = id->next)
                if (id->sym && id->sym->init && uses_ll(id->sym->init))
                    return true;
            continue;
        }
        if (n->kind == ND_COMPOUND_LIT && n->sym && uses_ll(n->sym->init))
            return true;
        if (n->kind == ND_CASE || n->kind == ND_DEFAULT) {
            if (uses_ll(n->b))
                return true;
            continue;
        }
        if (n->kind == ND_GOTO || n->kind == ND_BREAK || n->kind == ND_CONTINUE ||
            n->kind == ND_NONLOCAL_GOTO)
            continue; /* their links lead back into the function body */
        if (n->kind == ND_LABEL) {
            if (uses_ll(n->a))
                return true;
            continue;
        }
        if (uses_ll(n->a) || uses_ll(n->b) || uses_ll(n->c) || uses_ll(n->d))
            return true;
    }
    return false;
}

/* Scalar locals go to registers: in a leaf function first to the caller-saved
 * r31..r26 (nothing to save), then to the callee-saved r32..r61; the rest, and
 * everything whose address is taken, to the frame. */
static void place_locals(Gen *g, Node *fn)
{
    SymVec *locals = fn->locals;
    int next = LOCAL_FIRST, last = g->fp == REG_SP ? LOCAL_LAST : FRAME_REG - 1;
    int leaf_next = TEMP_LAST, leaf_last = TEMP_LAST - 5;
    bool leaf = opts.opt > 0 && !needs_full_temps(fn->body);
    /* nested functions reach the locals of a function with nested functions in
     * its frame (gen_nested.c) */
    bool regs = !fn->nested_fns && !fn->nonlocal_target;
    for (int i = 0; i < locals->n; i++) {
        Sym *s = locals->v[i];
        s->owner = fn;
        if (!regs) {
            s->reg = -1;
            int size = ty_size(s->ty);
            s->offset = frame_alloc(g, size > 0 ? size : 1);
        } else if (wants_register(s) && leaf && leaf_next >= leaf_last) {
            s->reg = leaf_next--;
            g->busy |= 1u << s->reg; /* never handed out as a temporary */
            leaf_regs |= 1u << s->reg;
        } else if (wants_register(s) && next <= last) {
            s->reg = next++;
            g->saved |= 1ull << s->reg;
        } else {
            s->reg = -1;
            int size = ty_size(s->ty);
            s->offset = frame_alloc(g, size > 0 ? size : 1);
        }
    }
}

/* Runs a local's initializer (flattened items). */
void gen_local_init(Gen *g, Sym *s)
{
    Node *items = s->init;
    if (!items)
        return;
    if (s->reg >= 0) {
        gen_expr(g, items->a, s->reg);
        return;
    }
    int size = ty_size(s->ty);
    bool scalar = ty_is_scalar(s->ty) && !ty_is_ll(s->ty);
    if (!scalar) {
        /* zero the parts the initializer does not cover */
        bool *covered = arena_alloc((size_t)size + 1);
        int count = 0;
        for (Node *it = items; it; it = it->next) {
            int w = ty_is_record(it->a->ty) || ty_is_ll(it->a->ty) ||
                            ty_is_complex(it->a->ty) || ty_is_vector(it->a->ty)
                        ? ty_size(it->a->ty) : 1;
            for (int k = 0; k < w && it->ival >= 0 && it->ival + k < size; k++)
                if (!covered[it->ival + k]) {
                    covered[it->ival + k] = true;
                    count++;
                }
        }
        bool bits = false;
        for (Node *it = items; it; it = it->next)
            bits |= it->bit_width != 0;
        if (count < size || bits) {
            int base = temp_alloc(g);
            emit_frame_addr(g, base, s->offset);
            emit_zero(g, base, size);
            temp_free(g, base);
        }
    }
    for (Node *it = items; it; it = it->next) {
        if (it->ival < 0)
            continue;
        /* the value first; then the address of its words in the object */
        Held h = hold(g, gen_expr(g, it->a, -1));
        int dst = temp_alloc(g);
        emit_frame_addr(g, dst, s->offset + (int)it->ival);
        int v = unhold(g, h, -1);
        if (it->bit_width)
            gen_bitfield_store(g, dst, v, it);
        else if (ty_is_record(it->a->ty) || ty_is_ll(it->a->ty) || ty_is_complex(it->a->ty) ||
                 ty_is_vector(it->a->ty))
            emit_copy(g, dst, v, ty_size(it->a->ty));
        else
            emit(g, "store r%d r%d", dst, v);
        temp_free(g, v);
        temp_free(g, dst);
    }
}

/* ---- statements ---- */

static void gen_stmt(Gen *g, Node *s);

/* A loop inside an expression (a statement expression) runs while temporaries are
 * live that the loop does not mention: gen_opt.c must not hoist constants into them. */
static void mark_inner_loop(Gen *g)
{
    uint32_t live = 0;
    for (int r = TEMP_FIRST; r <= TEMP_LAST; r++)
        if (is_temp(r) && (g->busy & (1u << r)))
            live |= 1u << r;
    if (live)
        emit(g, "; no-hoist");
}

static void gen_loop_body(Gen *g, Node *body, int brk, int cont)
{
    int ob = g->break_label, oc = g->continue_label;
    g->break_label = brk;
    g->continue_label = cont;
    gen_stmt(g, body);
    g->break_label = ob;
    g->continue_label = oc;
}

static void gen_for(Gen *g, Node *s)
{
    if (s->d) {
        if (s->d->kind == ND_DECL)
            gen_stmt(g, s->d);
        else
            gen_effect(g, s->d);
    }
    int body = new_label(g), cont = new_label(g), cond = new_label(g), brk = new_label(g);
    if (s->a)
        emit_jump(g, cond);
    emit_label(g, body);
    mark_inner_loop(g);
    gen_loop_body(g, s->b, brk, cont);
    emit_label(g, cont);
    if (s->c)
        gen_effect(g, s->c);
    emit_label(g, cond);
    if (s->a)
        gen_branch(g, s->a, body, true);
    else
        emit_jump(g, body);
    emit_label(g, brk);
}

static void gen_while(Gen *g, Node *s)
{
    int body = new_label(g), cond = new_label(g), brk = new_label(g);
    emit_jump(g, cond);
    emit_label(g, body);
    mark_inner_loop(g);
    gen_loop_body(g, s->b, brk, cond);
    emit_label(g, cond);
    gen_branch(g, s->a, body, true);
    emit_label(g, brk);
}

static void gen_do(Gen *g, Node *s)
{
    int body = new_label(g), cond = new_label(g), brk = new_label(g);
    emit_label(g, body);
    mark_inner_loop(g);
    gen_loop_body(g, s->b, brk, cond);
    emit_label(g, cond);
    gen_branch(g, s->a, body, true);
    emit_label(g, brk);
}

static void gen_if(Gen *g, Node *s)
{
    int lelse = new_label(g), lend = new_label(g);
    gen_branch(g, s->a, lelse, false);
    gen_stmt(g, s->b);
    if (s->c) {
        emit_jump(g, lend);
        emit_label(g, lelse);
        gen_stmt(g, s->c);
        emit_label(g, lend);
    } else {
        emit_label(g, lelse);
    }
}

/* A dense switch jumps through a table in .rodata: (unsigned)(v - min) < range picks
 * the entry targets[v - min], anything else goes to dflt. The table's labels are also
 * listed in a comment line so gen_opt.c sees where they are referenced from. */
void gen_jump_table(Gen *g, int v, int64_t min, int64_t range, int *targets, int dflt)
{
    int table = new_label(g);
    int t = temp_alloc(g);
    emit_const(g, REG_SCRATCH, min);
    emit(g, "sub r%d r%d r%d", t, v, REG_SCRATCH);
    emit_const(g, REG_SCRATCH, range);
    emit(g, "lt r%d r%d r%d", REG_SCRATCH, t, REG_SCRATCH);
    int inrange = temp_alloc(g);
    emit(g, "mov r%d r%d", inrange, REG_SCRATCH);
    emit_branch(g, inrange, dflt, false);
    temp_free(g, inrange);
    emit(g, "constant r%d %s", REG_SCRATCH, gen_label_name(g, table));
    emit(g, "add r%d r%d r%d", t, t, REG_SCRATCH);
    emit(g, "load r%d r%d", t, t);
    emit(g, "jmp r%d", t);
    temp_free(g, t);
    struct buf *out = g->out;
    g->out = &g->tables;
    emit(g, "%s:", gen_label_name(g, table));
    for (int64_t k = 0; k < range; k++)
        emit(g, ".word %s", gen_label_name(g, targets[k]));
    g->out = out;
    struct buf refs = {0};
    buf_append(&refs, ";", 1);
    for (int64_t k = 0; k < range; k++) {
        const char *name = gen_label_name(g, targets[k]);
        buf_append(&refs, " ", 1);
        buf_append(&refs, name, strlen(name));
    }
    buf_append(&refs, "", 1);
    emit(g, "%s", (char *)refs.data);
    buf_free(&refs);
}

static void emit_jump_table(Gen *g, int v, Node **cases, int n, int64_t min, int64_t range,
                            int dflt)
{
    int *targets = arena_alloc(sizeof(int) * (size_t)range);
    for (int64_t k = 0; k < range; k++)
        targets[k] = dflt;
    for (int i = 0; i < n; i++)
        if (cases[i]->kind == ND_CASE)
            for (int64_t v = cases[i]->a->ival; v <= cases[i]->c->ival; v++)
                targets[v - min] = cases[i]->label;
    gen_jump_table(g, v, min, range, targets, dflt);
}

static void gen_switch(Gen *g, Node *s)
{
    int v = gen_expr(g, s->a, -1);
    int brk = new_label(g);
    Node *deflt = NULL;
    /* cases are chained newest first; test them in source order */
    int n = 0;
    for (Node *c = s->cases; c; c = c->d)
        n++;
    Node **order = arena_alloc(sizeof(Node *) * (size_t)(n + 1));
    int i = n;
    for (Node *c = s->cases; c; c = c->d)
        order[--i] = c;
    int ncases = 0;
    int64_t min = 0, max = 0;
    for (i = 0; i < n; i++) {
        order[i]->label = new_label(g);
        if (order[i]->kind == ND_DEFAULT) {
            deflt = order[i];
            continue;
        }
        if (ty_is_ll(s->a->ty))
            continue;
        int64_t val = order[i]->a->ival, hi = order[i]->c->ival; /* a case range: lo..hi */
        if (hi < val)
            continue;
        if (ncases == 0 || val < min) min = val;
        if (ncases == 0 || hi > max) max = hi;
        ncases += (int)(hi - val < 64 ? hi - val + 1 : 64);
    }
    int dflt = deflt ? deflt->label : brk;
    if (ty_is_ll(s->a->ty)) {
        gen_switch_ll(g, v, ty_is_signed(s->a->ty), order, n, dflt);
    } else if (opts.opt > 0 && ncases >= 4 && max - min < 512 && max - min + 1 <= 3 * ncases) {
        emit_jump_table(g, v, order, n, min, max - min + 1, dflt);
        temp_free(g, v);
    } else {
        int t = temp_alloc(g);
        for (i = 0; i < n; i++) {
            Node *c = order[i];
            if (c->kind == ND_DEFAULT || c->c->ival < c->a->ival)
                continue;
            emit_const(g, REG_SCRATCH, c->a->ival);
            if (c->c->ival != c->a->ival) { /* range: (unsigned)(v - lo) < hi - lo + 1 */
                emit(g, "sub r%d r%d r%d", t, v, REG_SCRATCH);
                emit_const(g, REG_SCRATCH, c->c->ival - c->a->ival + 1);
                emit(g, "lt r%d r%d r%d", t, t, REG_SCRATCH);
            } else {
                emit(g, "eq r%d r%d r%d", t, v, REG_SCRATCH);
            }
            emit_branch(g, t, c->label, true);
        }
        temp_free(g, t);
        temp_free(g, v);
        emit_jump(g, dflt);
    }
    int ob = g->break_label;
    g->break_label = brk;
    gen_stmt(g, s->b);
    g->break_label = ob;
    emit_label(g, brk);
}

static void gen_return(Gen *g, Node *s)
{
    if (s->a) {
        if (ty_by_reference(s->a->ty)) {
            int src = gen_expr(g, s->a, -1);
            int dst = temp_alloc(g);
            if (g->sret_reg >= 0)
                emit(g, "mov r%d r%d", dst, g->sret_reg);
            else {
                emit_frame_addr(g, dst, g->sret_off);
                emit(g, "load r%d r%d", dst, dst);
            }
            emit_copy(g, dst, src, ty_size(s->a->ty));
            emit(g, "mov r0 r%d", dst);
            temp_free(g, src);
            temp_free(g, dst);
        } else if (ty_two_words(s->a->ty)) {
            int a = gen_expr(g, s->a, -1);
            emit_const(g, REG_SCRATCH, 1);
            emit(g, "add r%d r%d r%d", REG_SCRATCH, a, REG_SCRATCH);
            emit(g, "load r1 r%d", REG_SCRATCH);
            emit(g, "load r0 r%d", a);
            temp_free(g, a);
        } else if (s->a->ty->kind == TY_VOID) {
            gen_effect(g, s->a);
        } else {
            gen_expr(g, s->a, 0);
        }
    }
    emit_jump(g, g->ret_label);
}

static void gen_asm(Gen *g, Node *s)
{
    struct buf b = {0};
    for (int i = 0; i < s->a->strlen - 1; i++) {
        char c = (char)s->a->str[i];
        buf_append(&b, &c, 1);
    }
    buf_append(&b, "", 1);
    emit(g, "; __asm__");
    emit(g, "%s", (char *)b.data);
    buf_free(&b);
    g->calls = true; /* may clobber r62 */
}

void gen_statement(Gen *g, Node *s)
{
    gen_stmt(g, s);
}

static void gen_stmt(Gen *g, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case ND_BLOCK:
        for (Node *c = s->a; c; c = c->next)
            gen_stmt(g, c);
        break;
    case ND_DECL:
        for (Node *id = s->a; id; id = id->next)
            if (id->sym && !id->sym->global && id->sym->init)
                gen_local_init(g, id->sym);
        break;
    case ND_EXPR_STMT: gen_effect(g, s->a); break;
    case ND_IF: gen_if(g, s); break;
    case ND_WHILE: gen_while(g, s); break;
    case ND_DO: gen_do(g, s); break;
    case ND_FOR: gen_for(g, s); break;
    case ND_SWITCH: gen_switch(g, s); break;
    case ND_CASE: case ND_DEFAULT:
        emit_label(g, s->label);
        gen_stmt(g, s->b);
        break;
    case ND_BREAK: emit_jump(g, g->break_label); break;
    case ND_CONTINUE: emit_jump(g, g->continue_label); break;
    case ND_RETURN: gen_return(g, s); break;
    case ND_LABEL:
        emit(g, "%s:", gen_user_label_name(g, s->name));
        gen_stmt(g, s->a);
        break;
    case ND_GOTO:
        emit(g, "constant r%d %s", REG_SCRATCH, gen_user_label_name(g, s->name));
        emit(g, "jmp r%d", REG_SCRATCH);
        break;
    case ND_ASM: gen_asm(g, s); break;
    default:
        gen_ext_stmt(g, s); /* gen_ext.c */
        break;
    }
}

/* ---- prologue, epilogue, whole function ---- */

/* Loads word w of an incoming argument (register or stack) into a register. */
static int arg_word(Gen *g, int where, int w)
{
    if (where > 0)
        return where + w;
    int r = temp_alloc(g);
    emit(g, "constant r%d \x01%d\x02", r, -1 - where + w);
    emit(g, "add r%d r%d r%d", r, g->fp, r);
    emit(g, "load r%d r%d", r, r);
    return r;
}

static void move_params(Gen *g, Node *fn)
{
    Type *ft = fn->sym->ty;
    int n = 0;
    for (Param *p = ft->params; p; p = p->next)
        n++;
    Type **types = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
    int *where = arena_alloc(sizeof(int) * (size_t)(n + 1));
    n = 0;
    for (Param *p = ft->params; p; p = p->next)
        types[n++] = p->ty;
    place_args(types, n, n, false, where);
    SymVec *locals = fn->locals;
    int li = 0, k = 0;
    for (Param *p = ft->params; p; p = p->next, k++) {
        if (!p->name)
            continue;
        while (li < locals->n && !locals->v[li]->is_param)
            li++;
        if (li >= locals->n)
            break;
        Sym *s = locals->v[li++];
        int src = arg_word(g, where[k], 0);
        if (ty_by_reference(s->ty)) {
            /* by reference to the caller's copy: copy into our own slot */
            int dst = temp_alloc(g);
            emit_frame_addr(g, dst, s->offset);
            emit_copy(g, dst, src, ty_size(s->ty));
            temp_free(g, dst);
        } else if (s->reg >= 0) {
            emit(g, "mov r%d r%d", s->reg, src);
        } else {
            emit_frame_addr(g, REG_SCRATCH, s->offset);
            emit(g, "store r%d r%d", REG_SCRATCH, src);
            if (ty_two_words(s->ty)) {
                int hi = arg_word(g, where[k], 1);
                emit_frame_addr(g, REG_SCRATCH, s->offset + 1);
                emit(g, "store r%d r%d", REG_SCRATCH, hi);
                temp_free(g, hi);
            }
        }
        temp_free(g, src);
    }
}

/* Writes the function: prologue, body (with \x01k\x02 = incoming stack word k), epilogue. */
static void write_function(Gen *g, Node *fn, struct buf *body, FILE *out)
{
    int nsaved = 0;
    for (int r = LOCAL_FIRST; r <= LOCAL_LAST; r++)
        if (g->saved & (1ull << r))
            nsaved++;
    if (g->calls)
        nsaved++;
    fprintf(out, "\n.text\n");
    gen_symbol_label(out, fn->sym);
    bool push = nsaved > 0;
    if (push)
        fprintf(out, "constant r9 1\n");
    if (g->calls)
        fprintf(out, "sub r63 r63 r9\nstore r63 r62\n");
    for (int r = LOCAL_FIRST; r <= LOCAL_LAST; r++)
        if (g->saved & (1ull << r))
            fprintf(out, "sub r63 r63 r9\nstore r63 r%d\n", r);
    if (g->frame)
        fprintf(out, "constant r9 %d\nsub r63 r63 r9\n", g->frame);
    if (g->fp != REG_SP)
        fprintf(out, "mov r%d r63\n", g->fp); /* the frame base while r63 moves */
    int argbase = g->frame + nsaved;
    for (size_t i = 0; i < body->len; i++) {
        char c = (char)body->data[i];
        if (c == '\x01') {
            int k = atoi((char *)body->data + i + 1);
            fprintf(out, "%d", argbase + k);
            while (body->data[i] != '\x02')
                i++;
        } else {
            fputc(c, out);
        }
    }
    if (g->fp != REG_SP)
        fprintf(out, "mov r63 r%d\n", g->fp); /* frees alloca and VLA storage */
    if (g->frame)
        fprintf(out, "constant r9 %d\nadd r63 r63 r9\n", g->frame);
    if (push)
        fprintf(out, "constant r9 1\n");
    for (int r = LOCAL_LAST; r >= LOCAL_FIRST; r--)
        if (g->saved & (1ull << r))
            fprintf(out, "load r%d r63\nadd r63 r63 r9\n", r);
    if (g->calls)
        fprintf(out, "load r62 r63\nadd r63 r63 r9\n");
    fprintf(out, "jmp r62\n");
    if (g->tables.len) {
        fprintf(out, ".rodata\n");
        fwrite(g->tables.data, 1, g->tables.len, out);
    }
}

void gen_function(Node *fn, FILE *out)
{
    Gen gen = {0};
    Gen *g = &gen;
    struct buf body = {0};
    g->out = &body;
    g->fn = fn;
    g->fname = gen_fn_name(fn);
    g->sret_reg = -1;
    for (int r = 0; r < 64; r++)
        g->spill[r] = -1;
    g->ret_label = new_label(g);
    Type *rt = fn->sym->ty->base;
    leaf_regs = 0;
    g->fp = REG_SP;
    if (fn->dynamic_stack) {
        g->fp = FRAME_REG;
        g->saved |= 1ull << FRAME_REG;
    }
    if (fn->uses_setjmp)
        gen_setjmp_function(g);
    if (fn->nonlocal_target) /* its epilogue restores what the frames jumped over saved */
        for (int r = LOCAL_FIRST; r <= LOCAL_LAST; r++)
            g->saved |= 1ull << r;
    place_locals(g, fn);
    /* free temporaries any one operation may need: long long ones open-code with
     * many (gen_ll.c), calls and the rest with at most 8 (gen_spill.c) */
    g->need = uses_ll(fn->body) ? 18 : 8;
    gen_nested_prologue(g); /* first: a nested function saves its chain (r31) */
    if (ty_by_reference(rt)) {
        g->sret_off = frame_alloc(g, 1);
        emit_frame_addr(g, REG_SCRATCH, g->sret_off);
        emit(g, "store r%d r0", REG_SCRATCH);
    }
    move_params(g, fn);
    gen_stmt(g, fn->body);
    if (strcmp(g->fname, "main") == 0 && rt->kind == TY_INT)
        emit_const(g, 0, 0); /* main without return returns 0; harmless after a return */
    emit_label(g, g->ret_label);
    if (opts.opt > 0 && !fn->nonlocal_target) /* labels reached with no registers kept */
        opt_function(&body, leaf_regs);
    write_function(g, fn, &body, out);
    buf_free(&body);
    buf_free(&g->tables);
}
