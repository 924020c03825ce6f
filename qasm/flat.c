/* flat.c - the flat program (.qbin layout of shared/spec/qasm.md §Output layout) and the
 * listing file (address, words, source line). */
#include "asm.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t *flat_words(const struct image *img, size_t *count)
{
    size_t halts = img->no_sentinels ? 0 : 2;
    size_t n = (size_t)img->size[SEC_TEXT] + halts + img->size[SEC_DATA] + halts +
               img->size[SEC_BSS];
    uint32_t *w = xcalloc(n ? n : 1, sizeof *w);
    memcpy(w, img->words[SEC_TEXT], img->size[SEC_TEXT] * sizeof *w);
    memcpy(w + img->size[SEC_TEXT] + halts, img->words[SEC_DATA],
           img->size[SEC_DATA] * sizeof *w);
    *count = n;
    return w;
}

/* The text of line `line` in a source registered in the program. Statements come in
 * source order, so the search continues from the previous line of the same file. */
static const char *last_file, *last_pos; /* the search's memory, reset per listing */
static int last_line;

static const char *line_text(const struct program *p, const char *file, int line, int *len)
{
    for (size_t i = 0; i < p->nsources; i++) {
        if (strcmp(p->sources[i].file, file) != 0)
            continue;
        const char *s = p->sources[i].text, *end = s + p->sources[i].len;
        int n = 1;
        if (last_file == p->sources[i].file && last_line <= line)
            s = last_pos, n = last_line;
        for (; n < line && s < end; n++) {
            const char *nl = memchr(s, '\n', (size_t)(end - s));
            s = nl ? nl + 1 : end;
        }
        last_file = p->sources[i].file, last_pos = s, last_line = line;
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        *len = (int)((nl ? nl : end) - s);
        return s;
    }
    *len = 0;
    return "";
}

static void list_stmt(FILE *f, const struct program *p, const struct image *img,
                      const struct stmt *s, bool object)
{
    static const char sec_letter[SEC_COUNT] = {'T', 'R', 'D', 'B'};
    uint32_t addr = object ? s->offset : stmt_address(img, s);
    const uint32_t *w = img->words[s->section];
    uint32_t n = (w && !s->zero_fill) ? s->nwords : 0;
    int len;
    const char *text = line_text(p, s->loc.file, s->loc.line, &len);
    if (object)
        fprintf(f, "%c:", sec_letter[s->section]);
    fprintf(f, "%08X ", addr);
    for (uint32_t i = 0; i < 2; i++) {
        if (i < n)
            fprintf(f, " %08X", w[s->offset + i]);
        else
            fputs("         ", f);
    }
    fprintf(f, "  %s:%d: %.*s\n", s->loc.file, s->loc.line, len, text);
    for (uint32_t i = 2; i < n; i += 2) { /* the rest of long data, two words a line */
        fprintf(f, "%s%08X ", object ? "  " : "", addr + i);
        for (uint32_t k = i; k < i + 2 && k < n; k++)
            fprintf(f, " %08X", w[s->offset + k]);
        fputc('\n', f);
    }
}

/* Written like every output: to a temporary file renamed into place ("-": stdout). */
bool write_listing(const char *path, struct program *p, const struct image *img, bool object)
{
    char *text = NULL;
    size_t len = 0;
    last_file = last_pos = NULL;
    last_line = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return false;
    for (const struct stmt *s = p->first; s; s = s->next)
        list_stmt(f, p, img, s, object);
    if (!object && !img->no_sentinels)
        fprintf(f, "%08X  00000000 00000000  (end of code: two halts)\n",
                img->base[SEC_TEXT] + img->size[SEC_TEXT]);
    bool ok = fclose(f) == 0;
    if (ok && strcmp(path, "-") == 0)
        ok = fwrite(text, 1, len, stdout) == len && fflush(stdout) == 0;
    else if (ok)
        ok = write_file(path, text, len);
    free(text);
    return ok;
}
