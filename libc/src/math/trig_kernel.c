/* trig_kernel.c - what sinf, cosf and tanf share: the series on [-pi/4, pi/4] and the
 * reduction by multiples of pi/2 (pi/2 split in three parts below 4096, exact
 * Payne-Hanek reduction in reduce.c above). */
#include <math.h>
#include "fpbits.h"

#define PIO2_1 1.5703125f
#define PIO2_2 4.837512969970703e-04f
#define PIO2_3 7.549790126404332e-08f
#define INV_PIO2 0.636619772367581343f

float __qpu_sin_series(float r)
{
    float z = r * r;
    return r + r * z * (-1.0f / 6 + z * (1.0f / 120 + z * (-1.0f / 5040 + z * (1.0f / 362880))));
}

float __qpu_cos_series(float r)
{
    float z = r * r;
    return 1.0f - z * (0.5f - z * (1.0f / 24 - z * (1.0f / 720 - z * (1.0f / 40320 -
           z * (1.0f / 3628800)))));
}

/* x = q * pi/2 + r + r_lo with |r| <= pi/4 (about); returns q mod 4. Below 4096 the
 * three-part pi/2 suffices (k * PIO2_1 stays exact); above, reduce.c. */
int __qpu_trig_reduce(float x, float *r, float *r_lo)
{
    float k;
    if (fabsf(x) >= 4096.0f)
        return __reduce_pio2_large(x, r, r_lo);
    k = roundf(x * INV_PIO2);
    *r = ((x - k * PIO2_1) - k * PIO2_2) - k * PIO2_3;
    *r_lo = 0.0f;
    return (int)((long)k & 3);
}

/* sin and cos of r + r_lo (r_lo tiny against r). */
float __qpu_sin_reduced(float r, float r_lo)
{
    return __qpu_sin_series(r) + r_lo * (1.0f - 0.5f * r * r);
}

float __qpu_cos_reduced(float r, float r_lo)
{
    return __qpu_cos_series(r) - r_lo * r;
}
