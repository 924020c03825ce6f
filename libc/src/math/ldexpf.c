/* ldexpf.c - ldexpf: x times 2 to the power n. */
#include <math.h>
#include "fpbits.h"

float ldexpf(float x, int n)
{
    if (n > 127) {
        x *= 1.7014118e38f;  /* 2^127 */
        n -= 127;
        if (n > 127) {
            x *= 1.7014118e38f;
            n -= 127;
            if (n > 127)
                n = 127;
        }
    } else if (n < -126) {
        x *= 1.1754944e-38f * 16777216.0f;  /* 2^-126 * 2^24: stays normal, exact */
        n += 126 - 24;
        if (n < -126) {
            x *= 1.1754944e-38f * 16777216.0f;
            n += 126 - 24;
            if (n < -126)
                n = -126;
        }
    }
    return x * bits_float((unsigned)(127 + n) << 23);
}
