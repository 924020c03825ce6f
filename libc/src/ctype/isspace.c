/* isspace.c - isspace: the six white-space characters. */
#include <ctype.h>

int isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
