/* ispunct.c - ispunct: a printing character neither a letter, a digit nor space. */
#include <ctype.h>

int ispunct(int c) { return isgraph(c) && !isalnum(c); }
