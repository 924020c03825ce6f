/* files_exit.c - bare target only (no host oracle): files still open when the program
 * ends are written out, one stream left open at the return from main (exit flushes the
 * stream, then the bare target's copy of the file goes to the host), one written with
 * fflush only; the test (run_qbin.py --file-is) checks the host files after the run.
 * Also what the debug-file device cannot do: write a name it would read as words
 * (EROFS), remove a file (ENOSYS). */
#include <errno.h>
#include <stdio.h>

int main(void)
{
    FILE *a = fopen("files_exit_open.txt", "w");
    FILE *b = fopen("files_exit_flushed.txt", "w");
    if (a == NULL || b == NULL)
        return 1;
    errno = 0;
    if (fopen("files_exit_words", "w") != NULL || errno != EROFS)
        return 2;
    errno = 0;
    if (remove("files_exit_open.txt") != -1 || errno != ENOSYS)
        return 3;
    fprintf(a, "left open: %d\n", 17);
    fputs("flushed\n", b);
    fflush(b);
    return 0;
}
