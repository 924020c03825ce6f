/* files_exit.c - files still open when the program ends are written out: one stream
 * left open at the return from main (the stream buffer is flushed by exit, then the
 * bare target's copy of the file goes to the host), one written with fflush only. The
 * test (run_qbin.py --file-is) checks the host files after the run. */
#include <stdio.h>

int main(void)
{
    FILE *a = fopen("files_exit_open.txt", "w");
    FILE *b = fopen("files_exit_flushed.txt", "w");
    if (a == NULL || b == NULL)
        return 1;
    fprintf(a, "left open: %d\n", 17);
    fputs("flushed\n", b);
    fflush(b);
    return 0;
}
