/* getopt.c - POSIX getopt(): short options, grouped flags (-rf), option arguments
 * attached (-n5) or separate (-n 5), "--" ends the options. A leading ':' in the
 * option string makes a missing argument return ':' and silences the messages. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt;
static int next_char;            /* position inside a group of flags, 0 = next word */

static int complain(char *const argv[], const char *what, int c, int quiet)
{
    if (opterr && !quiet)
        fprintf(stderr, "%s: %s -- '%c'\n", argv[0], what, c);
    return '?';
}

int getopt(int argc, char *const argv[], const char *optstring)
{
    int quiet = optstring[0] == ':';
    const char *spec;
    char *word;
    int c;
    optarg = NULL;
    if (optind < 1)
        optind = 1, next_char = 0;
    if (next_char == 0) {
        if (optind >= argc || argv[optind][0] != '-' || argv[optind][1] == '\0')
            return -1;
        if (strcmp(argv[optind], "--") == 0) {
            optind++;
            return -1;
        }
        next_char = 1;
    }
    word = argv[optind];
    c = word[next_char++];
    optopt = c;
    if (word[next_char] == '\0') {
        optind++;
        next_char = 0;
    }
    spec = c == ':' ? NULL : strchr(optstring + quiet, c);
    if (spec == NULL)
        return complain(argv, "invalid option", c, quiet);
    if (spec[1] != ':')
        return c;
    if (next_char != 0) {                  /* -n5: the rest of this word */
        optarg = word + next_char;
        optind++;
        next_char = 0;
    } else if (optind < argc) {            /* -n 5 */
        optarg = argv[optind++];
    } else {
        if (quiet)
            return ':';
        return complain(argv, "option requires an argument", c, 0);
    }
    return c;
}
