/* files.c - <stdio.h> on files: fopen in every mode, fputc/fputs/fprintf/fwrite
 * then fgetc/fgets/fscanf/fread/ungetc on the re-read file, appending, updating in
 * place with fseek/ftell/rewind/fgetpos/fsetpos, w+ read-back, a file larger than the
 * device's buffer and stdio's, a re-open that must see writes not yet closed, and the
 * failures (a missing file, a bad mode). On the bare target the files are host files
 * beside the program through the debug-file device; the host's libc is the oracle. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#define TEXT "files_test_text.txt"
#define BIG "files_test_big.txt"
#define INTS "files_test_ints.dat"

static void write_text(void)
{
    FILE *f = fopen(TEXT, "w");
    printf("open w: %d\n", f != NULL);
    fputs("first line\n", f);
    fprintf(f, "number %d and %s\n", 42, "text");
    fputc('x', f);
    fputc('\n', f);
    fwrite("raw bytes\n", 1, 10, f);
    printf("close: %d\n", fclose(f));
}

static void read_text(void)
{
    char line[64];
    int c, count = 0, n;
    char word[16];
    FILE *f = fopen(TEXT, "r");
    printf("open r: %d\n", f != NULL);
    c = fgetc(f);
    printf("fgetc: %c\n", c);
    printf("ungetc: %c\n", ungetc('F', f));
    while (fgets(line, sizeof line, f) != NULL)
        printf("line %d: %s", ++count, line);
    printf("eof %d error %d fgetc %d\n", feof(f) != 0, ferror(f) != 0, fgetc(f));
    rewind(f);
    printf("after rewind eof %d\n", feof(f) != 0);
    fgets(line, sizeof line, f);
    printf("fscanf: %d", fscanf(f, "%s %d", word, &n));
    printf(" [%s] %d\n", word, n);
    printf("close: %d\n", fclose(f));
}

static void append_and_update(void)
{
    char all[128];
    size_t n;
    long end;
    fpos_t pos;
    FILE *f = fopen(TEXT, "a");
    fputs("appended\n", f);
    fclose(f);
    f = fopen(TEXT, "r+");
    fseek(f, 0, SEEK_END);
    end = ftell(f);
    printf("length %ld\n", end);
    fseek(f, 6, SEEK_SET);
    fputs("LINE", f);
    fseek(f, -9, SEEK_END);
    fgetpos(f, &pos);
    fputs("APPENDED", f);
    fsetpos(f, &pos);
    printf("fsetpos then fgetc: %c\n", fgetc(f));
    rewind(f);
    n = fread(all, 1, sizeof all - 1, f);
    all[n] = '\0';
    printf("fread %d:\n%s", (int)n, all);
    printf("ftell at end %d\n", ftell(f) == end);
    fclose(f);
}

static void read_back_wplus(void)
{
    char buf[32];
    FILE *f = fopen(TEXT, "w+");
    fprintf(f, "%d %d %d\n", 7, 8, 9);
    rewind(f);
    printf("w+ read: %s", fgets(buf, sizeof buf, f));
    fseek(f, 0, SEEK_END);
    printf("w+ length %ld\n", ftell(f));
    fclose(f);
}

/* More than qvm's 0xFD-word buffer and stdio's BUFSIZ. */
static void big_file(void)
{
    FILE *f = fopen(BIG, "w");
    long sum = 0, count = 0;
    int i, c;
    for (i = 0; i < 3000; i++)
        fputc('a' + i % 26, f);
    fclose(f);
    f = fopen(BIG, "r");
    while ((c = fgetc(f)) != EOF) {
        sum += c * (count % 7 + 1);
        count++;
    }
    fclose(f);
    printf("big: %ld characters, sum %ld\n", count, sum);
}

/* A second stream on the same file sees what the first has written but not closed. */
static void reopen_unclosed(void)
{
    char buf[32];
    FILE *w = fopen(TEXT, "w"), *r;
    fputs("not yet closed\n", w);
    fflush(w);
    r = fopen(TEXT, "r");
    printf("reopened: %s", fgets(buf, sizeof buf, r) != NULL ? buf : "(nothing)\n");
    fclose(r);
    fclose(w);
}

static void binary_values(void)
{
    int out[5] = {1, 1000, 65535, 0, 77}, in[5] = {0};
    FILE *f = fopen(INTS, "wb");
    printf("fwrite %d\n", (int)fwrite(out, sizeof out[0], 5, f));
    fclose(f);
    f = fopen(INTS, "rb");
    printf("fread %d:", (int)fread(in, sizeof in[0], 5, f));
    printf(" %d %d %d %d %d\n", in[0], in[1], in[2], in[3], in[4]);
    fclose(f);
}

static void failures(void)
{
    FILE *f;
    errno = 0;
    f = fopen("files_test_missing.txt", "r");
    printf("missing: %d ENOENT %d\n", f == NULL, errno == ENOENT);
    f = fopen("files_test_missing.txt", "r+");
    printf("missing r+: %d\n", f == NULL);
}

/* tmpnam: distinct names of files that do not exist yet; one is written and read back. */
static void temporary_names(void)
{
    char mine[L_tmpnam];
    char *a = tmpnam(NULL);
    char first[L_tmpnam];
    strcpy(first, a);
    char *b = tmpnam(mine);
    printf("tmpnam: %d %d %d\n", a != NULL, b == mine, strcmp(first, mine) != 0);
    FILE *f = fopen(mine, "w");
    fputs("temporary 42\n", f);
    fclose(f);
    char word[16];
    int n = 0;
    f = fopen(mine, "r");
    printf("tmp read: %d", fscanf(f, "%15s %d", word, &n));
    printf(" %s %d\n", word, n);
    fclose(f);
    remove(mine); /* not on the bare target (ENOSYS): the result is not compared */
}

int main(void)
{
    temporary_names();
    write_text();
    read_text();
    append_and_update();
    read_back_wplus();
    big_file();
    reopen_unclosed();
    binary_values();
    failures();
    return 0;
}
