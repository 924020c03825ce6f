/* complex.c - <complex.h>: each function at a few arguments, printed to four decimals
 * (float precision is enough there); the host's libm gives the same lines. */
#include <complex.h>
#include <stdio.h>

static void put(const char *name, float _Complex z)
{
    float re = crealf(z), im = cimagf(z);
    /* print -0.0000 as 0.0000 on both sides */
    if (re > -0.00005f && re < 0.00005f)
        re = 0.0f;
    if (im > -0.00005f && im < 0.00005f)
        im = 0.0f;
    printf("%-8s %.4f %.4f\n", name, re, im);
}

int main(void)
{
    float _Complex a = CMPLXF(1.5f, -0.5f), b = 0.25f + 2.0f * I, c = -3.0f + 4.0f * I;
    double _Complex d = CMPLX(2.0, 3.0);
    long double _Complex l = CMPLXL(-1.0, 0.5);
    put("I", I);
    put("_Complex_I", _Complex_I * 2.0f);
    put("CMPLX", d);
    put("CMPLXL", l);
    put("creal", crealf(c) + cimagf(c) * I);
    printf("creal %.1f %.1f %.1f\n", creal(d), cimag(d), (double)creall(l));
    put("conj", conjf(a));
    put("conj d", conj(d));
    printf("cabs %.4f %.4f %.4f\n", cabsf(c), cabs(d), (double)cabsl(l));
    printf("carg %.4f %.4f %.4f\n", cargf(a), carg(d), (double)cargl(l));
    put("cproj", cprojf(a));
    put("cexp", cexpf(a));
    put("cexp d", cexp(d));
    put("clog", clogf(c));
    put("clog b", clogf(b));
    put("csqrt", csqrtf(c));
    put("csqrt -", csqrtf(-4.0f));
    put("csqrt a", csqrtf(a));
    put("csqrt b", csqrt(b));
    put("cpow", cpowf(a, 2.0f));
    put("cpow i", cpowf(b, 0.5f + 0.5f * I));
    put("cpow d", cpow(d, 1.0 / 3.0));
    put("csin", csinf(a));
    put("ccos", ccosf(a));
    put("ctan", ctanf(a));
    put("csinh", csinhf(a));
    put("ccosh", ccoshf(a));
    put("ctanh", ctanhf(a));
    put("casin", casinf(a));
    put("cacos", cacosf(a));
    put("catan", catanf(a));
    put("casinh", casinhf(a));
    put("cacosh", cacoshf(b));
    put("catanh", catanhf(a));
    put("csin l", csinl(l));
    put("csqrt l", csqrtl(l));
    put("round", cexpf(clogf(c)));
    return 0;
}
