/* code_point.h - whether a char or wchar_t value is a Unicode scalar value (not
 * negative, at most 0x10FFFF, not a surrogate): the one encoding check of the multibyte
 * conversions, each in its own file here. Not installed. */
#ifndef QPU_CODE_POINT_H
#define QPU_CODE_POINT_H

static inline int is_code_point(long c)
{
    return c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

#endif
