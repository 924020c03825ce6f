/* nanf.c - nanf: a quiet NaN; "" or the digits of an unsigned integer (decimal, 0x hex
 * or 0 octal, as strtoul reads them) giving the low bits of its significand. */
#include <math.h>
#include <stdlib.h>
#include "fpbits.h"

float nanf(const char *tag)
{
    unsigned long payload = 0;
    if (tag && *tag) {
        char *end;
        payload = strtoul(tag, &end, 0);
        if (*end)
            payload = 0;
    }
    return bits_float(0x7FC00000u | (unsigned)(payload & 0x003FFFFFu));
}
