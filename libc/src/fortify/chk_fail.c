/* chk_fail.c - __chk_fail: what a failed object-size check does (the *_chk functions
 * of this folder, called where qcc-lite could not prove a __builtin___*_chk call safe):
 * says so on stderr and aborts, as glibc does. */
#include <stdio.h>
#include <stdlib.h>
#include "fortify.h"

void __chk_fail(void)
{
    fputs("*** buffer overflow detected ***: terminated\n", stderr);
    abort();
}
