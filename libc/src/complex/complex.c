/* complex.c - the <complex.h> functions on float _Complex, from <math.h>'s float
 * functions with the textbook formulas (no special cases for infinities and NaNs
 * beyond cproj's, see complex.h). */
#include <complex.h>
#include <math.h>

typedef float _Complex cf;

float crealf(cf z) { return __real__ z; }
float cimagf(cf z) { return __imag__ z; }
cf conjf(cf z) { return ~z; }
float cabsf(cf z) { return hypotf(__real__ z, __imag__ z); }
float cargf(cf z) { return atan2f(__imag__ z, __real__ z); }

cf cprojf(cf z)
{
    if (isinf(__real__ z) || isinf(__imag__ z))
        return CMPLXF(INFINITY, copysignf(0.0f, __imag__ z));
    return z;
}

cf cexpf(cf z)
{
    float e = expf(__real__ z);
    return CMPLXF(e * cosf(__imag__ z), e * sinf(__imag__ z));
}

cf clogf(cf z)
{
    return CMPLXF(logf(cabsf(z)), cargf(z));
}

cf csqrtf(cf z)
{
    float re = __real__ z, im = __imag__ z;
    if (re == 0.0f && im == 0.0f)
        return CMPLXF(0.0f, im);
    float t = sqrtf((fabsf(re) + cabsf(z)) * 0.5f);
    if (re >= 0.0f)
        return CMPLXF(t, im / (2.0f * t));
    return CMPLXF(fabsf(im) / (2.0f * t), copysignf(t, im));
}

cf cpowf(cf x, cf y)
{
    if (x == 0.0f)
        return y == 0.0f ? 1.0f : 0.0f;
    return cexpf(y * clogf(x));
}

cf csinf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(sinf(a) * coshf(b), cosf(a) * sinhf(b));
}

cf ccosf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(cosf(a) * coshf(b), -sinf(a) * sinhf(b));
}

cf ctanf(cf z) { return csinf(z) / ccosf(z); }

cf csinhf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(sinhf(a) * cosf(b), coshf(a) * sinf(b));
}

cf ccoshf(cf z)
{
    float a = __real__ z, b = __imag__ z;
    return CMPLXF(coshf(a) * cosf(b), sinhf(a) * sinf(b));
}

cf ctanhf(cf z) { return csinhf(z) / ccoshf(z); }

/* the inverse functions through the logarithm */
cf casinhf(cf z) { return clogf(z + csqrtf(z * z + 1.0f)); }
cf cacoshf(cf z) { return clogf(z + csqrtf(z + 1.0f) * csqrtf(z - 1.0f)); }
cf catanhf(cf z) { return 0.5f * (clogf(1.0f + z) - clogf(1.0f - z)); }
cf casinf(cf z) { return -I * casinhf(I * z); }
cf cacosf(cf z) { return M_PI_2 - casinf(z); }
cf catanf(cf z) { return -I * catanhf(I * z); }
