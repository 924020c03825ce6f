/* each_input.c - qpu_each_input (<qpu/inputs.h>): every file operand of a filter tool,
 * or standard input, opened in turn and handed to the tool's function. */
#include <errno.h>
#include <qpu/inputs.h>
#include <string.h>

static int one_input(const char *operand, int index, const char *open_error,
                     qpu_input_fn fn, void *context)
{
    int is_stdin = operand == NULL || strcmp(operand, "-") == 0, status;
    FILE *f = is_stdin ? stdin : fopen(operand, "r");
    if (f == NULL && open_error != NULL) {
        fprintf(stderr, open_error, operand, strerror(errno));
        return 1;
    }
    status = fn(f, operand, index, context);
    if (f != NULL && !is_stdin)
        fclose(f);
    return status;
}

int qpu_each_input(int argc, char **argv, int first, const char *open_error,
                   qpu_input_fn fn, void *context)
{
    int status = 0;
    for (int i = first; i < argc || i == first; i++) {
        int r = one_input(i < argc ? argv[i] : NULL, i - first, open_error, fn, context);
        if (r < 0)
            return -r;
        status |= r;
    }
    return status;
}
