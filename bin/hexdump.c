/* hexdump.c - shows files (or standard input) as hexadecimal bytes and text, in the
 * canonical layout of `hexdump -C` (the only layout; -C is accepted): offset, 16 bytes,
 * |printable text|; a run of identical lines is shown once followed by '*'. */
#include <errno.h>
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

int main(int argc, char **argv)
{
    unsigned char line[16];
    int n = 0, c, status = 0;
    while ((c = getopt(argc, argv, "C")) != -1) {
        if (c != 'C') {
            fprintf(stderr, "usage: hexdump [-C] [FILE...]\n");
            return 1;
        }
    }
    for (int i = optind; i < argc || i == optind; i++) {
        FILE *f = i >= argc || strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (f == NULL) {
            fprintf(stderr, "hexdump: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        while ((c = fgetc(f)) != EOF) {
            line[n++] = (unsigned char)(c & 0xFF);
            if (n == 16) {
                dump_line(line, n);
                n = 0;
            }
        }
        if (f != stdin)
            fclose(f);
    }
    if (n > 0)
        dump_line(line, n);
    if (offset > 0)
        printf("%08lx\n", offset);
    return status;
}
