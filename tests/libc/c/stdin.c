/* stdin.c - <stdio.h> input: getchar, ungetc, fgets with a short buffer (a line split
 * in pieces), counting lines and characters until EOF, then feof; and a prompt without
 * a newline that must appear before input is read. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[8];
    int c, lines = 0, chars = 0, pieces = 0;
    printf("prompt> ");
    c = getchar();
    printf("first char %c\n", c);
    ungetc(c, stdin);
    while (fgets(buf, sizeof buf, stdin) != NULL) {
        pieces++;
        chars += (int)strlen(buf);
        if (strchr(buf, '\n'))
            lines++;
        printf("piece %d: [%s]\n", pieces, buf);
    }
    printf("lines %d chars %d pieces %d eof %d error %d\n", lines, chars, pieces, feof(stdin),
           ferror(stdin));
    printf("getchar after eof: %d\n", getchar());
    return lines;
}
