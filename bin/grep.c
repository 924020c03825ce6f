/* grep.c - prints the lines that match a basic regular expression (<regex.h>);
 * -E extended, -i ignore case, -v invert, -n line numbers, -c count, -l file names,
 * -q quiet, -h/-H file names off/on. Status 0 if a line was selected, 1 if none, 2 on
 * errors. */
#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int invert, numbers, count_only, list_files, quiet, names;
static regex_t pattern;

static long grep_file(FILE *f, const char *name)
{
    char *line = NULL;
    size_t size = 0;
    long number = 0, selected = 0;
    ssize_t len;
    while ((len = getline(&line, &size, f)) >= 0) {
        number++;
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        if ((regexec(&pattern, line, 0, NULL, 0) == 0) == invert)
            continue;
        selected++;
        if (quiet || list_files)
            break;
        if (count_only)
            continue;
        if (names)
            printf("%s:", name);
        if (numbers)
            printf("%ld:", number);
        puts(line);
    }
    free(line);
    if (count_only && !quiet) {
        if (names)
            printf("%s:", name);
        printf("%ld\n", selected);
    }
    if (list_files && selected && !quiet)
        puts(name);
    return selected;
}

static void usage(void)
{
    fprintf(stderr, "usage: grep [-EivncqlhH] PATTERN [FILE...]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    int flags = 0, c, err, errors = 0, force_names = -1;
    long selected = 0;
    while ((c = getopt(argc, argv, "EivncqlhH")) != -1) {
        switch (c) {
        case 'E': flags |= REG_EXTENDED; break;
        case 'i': flags |= REG_ICASE; break;
        case 'v': invert = 1; break;
        case 'n': numbers = 1; break;
        case 'c': count_only = 1; break;
        case 'q': quiet = 1; break;
        case 'l': list_files = 1; break;
        case 'h': force_names = 0; break;
        case 'H': force_names = 1; break;
        default: usage();
        }
    }
    if (optind >= argc)
        usage();
    err = regcomp(&pattern, argv[optind++], flags | REG_NOSUB);
    if (err) {
        char message[80];
        regerror(err, &pattern, message, sizeof message);
        fprintf(stderr, "grep: %s\n", message);
        return 2;
    }
    names = force_names >= 0 ? force_names : argc - optind > 1;
    if (optind >= argc)
        selected += grep_file(stdin, "(standard input)");
    for (int i = optind; i < argc; i++) {
        FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (f == NULL) {
            fprintf(stderr, "grep: %s: %s\n", argv[i], strerror(errno));
            errors = 1;
            continue;
        }
        selected += grep_file(f, f == stdin ? "(standard input)" : argv[i]);
        if (f != stdin)
            fclose(f);
        if (quiet && selected)
            break;
    }
    regfree(&pattern);
    fflush(stdout);
    if (errors && !(quiet && selected))
        return 2;
    return selected ? 0 : 1;
}
