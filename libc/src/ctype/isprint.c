/* isprint.c - isprint: a printing character, space included. */
#include <ctype.h>

int isprint(int c) { return c >= ' ' && c < 127; }
