/* stdnoreturn.h - C11: noreturn is the _Noreturn function specifier. */
#ifndef _STDNORETURN_H
#define _STDNORETURN_H

#define noreturn _Noreturn

#endif
