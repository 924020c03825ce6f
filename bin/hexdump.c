/* hexdump.c - shows files (or standard input) as hexadecimal bytes and text, in the
 * canonical layout of `hexdump -C` (the only layout; -C is accepted): offset, 16 bytes,
 * |printable text|; a run of identical lines is shown once followed by '*'. */
#include <errno.h>
#include <qpu/inputs.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static unsigned char previous[16];
static int have_previous, starred;
static long offset;

static void dump_line(const unsigned char *b, int n)
{
    if (n == 16 && have_previous && memcmp(b, previous, 16) == 0) {
        if (!starred)
            puts("*");
        starred = 1;
        offset += n;
        return;
    }
    starred = 0;
    printf("%08lx ", offset);
    for (int i = 0; i < 16; i++) {
        if (i == 8)
            putchar(' ');
        if (i < n)
            printf(" %02x", b[i]);
        else
            printf("   ");
    }
    printf("  |");
    for (int i = 0; i < n; i++)
        putchar(b[i] >= 0x20 && b[i] < 0x7F ? b[i] : '.');
    printf("|\n");
    memcpy(previous, b, 16);
    have_previous = 1;
    offset += n;
}

static unsigned char line[16];
static int line_len;

/* The bytes of every input run on as one stream. */
static int dump_input(FILE *f, const char *name, int index, void *unused)
{
    int c;
    (void)name, (void)index, (void)unused;
    while ((c = fgetc(f)) != EOF) {
        line[line_len++] = (unsigned char)(c & 0xFF);
        if (line_len == 16) {
            dump_line(line, line_len);
            line_len = 0;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    int c, status;
    while ((c = getopt(argc, argv, "C")) != -1) {
        if (c != 'C') {
            fprintf(stderr, "usage: hexdump [-C] [FILE...]\n");
            return 1;
        }
    }
    status = qpu_each_input(argc, argv, optind, "hexdump: %s: %s\n", dump_input, NULL);
    if (line_len > 0)
        dump_line(line, line_len);
    if (offset > 0)
        printf("%08lx\n", offset);
    return status;
}
