/* isalnum.c - isalnum: a letter or a digit. */
#include <ctype.h>

int isalnum(int c) { return isalpha(c) || isdigit(c); }
