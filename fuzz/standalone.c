/* standalone.c - a main() for the harnesses where libFuzzer is not available: runs the
 * harness once on each file named on the command line (the regression inputs and the
 * seed corpus), so the same harnesses are tests in every build. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 1;
        }
        size_t cap = 1 << 16, len = 0, n;
        unsigned char *data = malloc(cap);
        while (data && (n = fread(data + len, 1, cap - len, f)) > 0)
            if ((len += n) == cap)
                data = realloc(data, cap *= 2);
        fclose(f);
        if (!data)
            return 1;
        LLVMFuzzerTestOneInput(data, len);
        free(data);
    }
    printf("ran %d input(s)\n", argc - 1);
    return 0;
}
