/* relocate.c - copies every input's section contents to its place in the program and
 * patches each relocated word: R_QPU_ABS32 = S + A, R_QPU_REL32 = S + A - P. */
#include <inttypes.h>
#include <string.h>

#include "diag.h"
#include "qld.h"
#include "util.h"

static void merge(struct linker *ld)
{
    for (int sec = 0; sec < QSEC_BSS; sec++) {
        uint32_t size = ld->out.size[sec];
        ld->out.words[sec] = xcalloc(size ? size : 1, sizeof(uint32_t));
        for (size_t i = 0; i < ld->ninputs; i++) {
            const struct input *in = &ld->inputs[i];
            if (in->obj.size[sec])
                memcpy(ld->out.words[sec] + (in->base[sec] - ld->out.addr[sec]),
                       in->obj.words[sec], in->obj.size[sec] * sizeof(uint32_t));
        }
    }
}

static bool apply(struct linker *ld, size_t i, const struct qobj_reloc *r)
{
    const struct input *in = &ld->inputs[i];
    int64_t S = symbol_address(ld, i, r->symbol), A = r->addend;
    int64_t P = (int64_t)in->base[r->section] + r->offset, value;
    bool fits;
    if (r->type == R_QPU_ABS32) {
        value = S + A;
        fits = value >= 0 && value <= UINT32_MAX;
    } else {
        value = S + A - P;
        fits = value >= INT32_MIN && value <= INT32_MAX;
    }
    if (!fits) {
        diag_error("%s: relocation out of range in %s+0x%" PRIx32 " against '%s' "
                   "(value %" PRId64 ")", in->name, qobj_section_names[r->section],
                   r->offset, in->obj.symbols[r->symbol].name, value);
        return false;
    }
    ld->out.words[r->section][P - ld->out.addr[r->section]] = (uint32_t)value;
    return true;
}

bool relocate(struct linker *ld)
{
    merge(ld);
    bool ok = true;
    for (size_t i = 0; i < ld->ninputs; i++) {
        const struct qobj *o = &ld->inputs[i].obj;
        for (size_t k = 0; k < o->nrelocs; k++)
            ok &= apply(ld, i, &o->relocs[k]);
    }
    return ok;
}
