/* isalpha.c - isalpha: an ASCII letter. */
#include <ctype.h>

int isalpha(int c) { return islower(c) || isupper(c); }
