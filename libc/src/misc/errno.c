/* errno.c - the one errno of the program (there are no threads). */
#include <errno.h>

int errno;
