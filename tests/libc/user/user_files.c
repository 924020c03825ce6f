/* user_files.c - <stdio.h> on files, user target, under the stand-in kernel's in-memory
 * files: fopen modes w/r/a/r+/w+, fprintf, fgets, fread/fwrite, fseek/ftell/rewind,
 * ungetc, feof, remove, rename, freopen of stdin, and the errors of a missing file and a bad mode. The expected
 * output is what the host's C library prints for this program on real files. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int count_lines(const char *path)
{
    char line[40];
    int n = 0;
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    while (fgets(line, sizeof line, f) != NULL)
        n++;
    printf("%s: %d lines, eof %d, error %d\n", path, n, feof(f), ferror(f));
    fclose(f);
    return n;
}

int main(void)
{
    FILE *f;
    char buf[64];
    int i;
    size_t n;

    f = fopen("log", "w");
    for (i = 0; i < 30; i++)
        fprintf(f, "line %d of the log\n", i);
    printf("ftell after writing: %ld\n", ftell(f));
    fclose(f);
    count_lines("log");

    f = fopen("log", "a");
    fputs("appended\n", f);
    fclose(f);
    count_lines("log");

    f = fopen("log", "r+");
    fseek(f, 5, SEEK_SET);
    printf("at 5: %c", fgetc(f));
    ungetc('Z', f);
    printf(", ftell %ld", ftell(f));
    printf(", again %c\n", fgetc(f));
    fseek(f, 0, SEEK_CUR);
    fputs("XX", f);
    rewind(f);
    printf("first line now: %s", fgets(buf, sizeof buf, f));
    fseek(f, -9, SEEK_END);
    printf("last line: %s", fgets(buf, sizeof buf, f));
    fclose(f);

    f = fopen("blob", "w+");
    for (i = 0; i < 64; i++)
        buf[i] = (char)(i * 2);
    printf("fwrite: %d\n", (int)fwrite(buf, 4, 16, f));
    rewind(f);
    memset(buf, 0, sizeof buf);
    n = fread(buf, 8, 10, f);
    printf("fread: %d items, buf[63] = %d, eof %d\n", (int)n, buf[63], feof(f));
    fclose(f);

    printf("remove: %d", remove("blob"));
    printf(", then fopen: %s\n", fopen("blob", "r") == NULL ? strerror(errno) : "opened?");
    printf("bad mode: %s\n", fopen("log", "x") == NULL ? strerror(errno) : "opened?");

    printf("rename: %d", rename("log", "journal"));
    printf(", old name: %s", fopen("log", "r") == NULL ? strerror(errno) : "still there?");
    printf(", missing: %d %s\n", rename("nothing", "x"), strerror(errno));

    if (freopen("journal", "r", stdin) == NULL)
        return 1;
    for (i = 0; fgets(buf, sizeof buf, stdin) != NULL; i++)
        ;
    printf("stdin reopened on journal: %d lines\n", i);
    return 0;
}
