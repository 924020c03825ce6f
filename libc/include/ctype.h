/* ctype.h - character classes of the "C" locale (ASCII). Every function accepts any
 * int: values outside 0..127 (EOF included) belong to no class and are returned
 * unchanged by tolower/toupper. */
#ifndef _CTYPE_H
#define _CTYPE_H

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int isascii(int c);
int toascii(int c);     /* the low seven bits (POSIX, obsolescent) */
int tolower(int c);
int toupper(int c);

#endif
