/* expf.c - expf: e to the power x (ln 2 split into a short head and a
 * tail so k * head is exact, then a short series). */
#include <math.h>
#include "fpbits.h"
#define LN2_HI 0.693115234375f
#define LN2_LO 3.194618329871446e-05f
#define INV_LN2 1.44269504088896341f

float expf(float x)
{
    float k, r, p;
    if (isnan(x))
        return x + x;
    if (x > 88.7228394f)
        return INFINITY;
    if (x < -103.972084f)
        return 0.0f;
    k = roundf(x * INV_LN2);
    r = (x - k * LN2_HI) - k * LN2_LO;   /* |r| <= ln2 / 2 */
    p = 1.0f + r * (1.0f + r * (0.5f + r * (1.0f / 6 + r * (1.0f / 24 + r * (1.0f / 120 +
        r * (1.0f / 720 + r * (1.0f / 5040)))))));
    return ldexpf(p, (int)k);
}
