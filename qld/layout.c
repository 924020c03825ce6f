/* layout.c - assigns every input section its final word address: the object holding
 * the entry symbol first (so the entry lands on the base address), then the others in
 * command-line order; .text of all, then .rodata, .data and .bss. */
#include <stdlib.h>

#include "diag.h"
#include "qld.h"
#include "util.h"

/* Finds the input holding the entry symbol, which must start its .text. */
static bool find_entry(struct linker *ld, size_t *input)
{
    const char *name = ld->opt.entry;
    struct gsym *g = symtab_lookup(ld, name);
    if (!g || g->input < 0) {
        diag_error("entry symbol '%s' is not defined", name);
        return false;
    }
    const struct input *in = &ld->inputs[g->input];
    const struct qobj_symbol *s = &in->obj.symbols[g->sym];
    if (s->section != QSEC_TEXT) {
        diag_error("entry symbol '%s' (in %s) is not in .text", name, in->name);
        return false;
    }
    if (s->value != 0) {
        diag_error("entry symbol '%s' is at offset 0x%x of .text in %s; it must be the "
                   "first word of its object's .text", name, s->value, in->name);
        return false;
    }
    *input = (size_t)g->input;
    return true;
}

static void set_provided(struct linker *ld, const char *name, uint32_t value)
{
    struct gsym *g = symtab_lookup(ld, name);
    if (g && g->input == DEF_LINKER)
        g->value = value;
}

bool layout(struct linker *ld)
{
    size_t first;
    if (!find_entry(ld, &first))
        return false;
    ld->order = xmalloc((ld->ninputs ? ld->ninputs : 1) * sizeof *ld->order);
    ld->order[0] = first;
    for (size_t i = 0, k = 1; i < ld->ninputs; i++)
        if (i != first)
            ld->order[k++] = i;

    uint64_t at = ld->opt.base;
    for (int sec = 0; sec < QSEC_COUNT; sec++) {
        ld->out.addr[sec] = (uint32_t)at;
        for (size_t k = 0; k < ld->ninputs; k++) {
            struct input *in = &ld->inputs[ld->order[k]];
            in->base[sec] = (uint32_t)at;
            at += in->obj.size[sec];
        }
        if (at > UINT32_MAX) {
            diag_error("program does not fit the address space (base 0x%x, %s ends at "
                       "0x%llx)", ld->opt.base, qobj_section_names[sec],
                       (unsigned long long)at);
            return false;
        }
        ld->out.size[sec] = (uint32_t)at - ld->out.addr[sec];
    }
    uint32_t bss_end = ld->out.addr[QSEC_BSS] + ld->out.size[QSEC_BSS];
    set_provided(ld, "__text_end", ld->out.addr[QSEC_RODATA]);
    set_provided(ld, "__data_start", ld->out.addr[QSEC_DATA]);
    set_provided(ld, "__bss_start", ld->out.addr[QSEC_BSS]);
    set_provided(ld, "__bss_end", bss_end);
    set_provided(ld, "_end", bss_end);
    ld->out.executable = true;
    ld->out.entry = ld->opt.base;
    return true;
}

uint32_t symbol_address(struct linker *ld, size_t i, size_t sym)
{
    const struct input *in = &ld->inputs[i];
    const struct qobj_symbol *s = &in->obj.symbols[sym];
    if (s->section >= 0 && s->weak) {
        struct gsym *g = symtab_lookup(ld, s->name);
        if (g && g->input >= 0 && ((size_t)g->input != i || g->sym != sym))
            return symbol_address(ld, (size_t)g->input, g->sym); /* overridden */
    }
    if (s->section >= 0)
        return in->base[s->section] + s->value;
    if (s->section == QSYM_ABS)
        return s->value;
    struct gsym *g = symtab_lookup(ld, s->name);
    if (!g || g->input == DEF_UNDEFINED)
        return 0; /* a weak reference, or reported by symtab_check_undefined */
    if (g->input == DEF_LINKER)
        return g->value;
    return symbol_address(ld, (size_t)g->input, g->sym);
}
