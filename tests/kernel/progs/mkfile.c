/* mkfile.c - mkfile PATH WORDS...: writes the words, space separated, as one line into
 * PATH (created or emptied), to check that files written by programs persist. */
#include <stdio.h>

int main(int argc, char **argv)
{
    FILE *f;
    if (argc < 2) {
        fprintf(stderr, "usage: mkfile PATH WORDS...\n");
        return 2;
    }
    f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    for (int i = 2; i < argc; i++)
        fprintf(f, i > 2 ? " %s" : "%s", argv[i]);
    fprintf(f, "\n");
    return fclose(f) != 0;
}
