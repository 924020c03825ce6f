/* setbuf.c - setbuf: setvbuf with a BUFSIZ buffer, or unbuffered for NULL. */
#include <stdlib.h>
#include "../stdio_impl.h"

void setbuf(FILE *f, char *buf)
{
    setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, BUFSIZ);
}
