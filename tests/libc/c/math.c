/* math.c - <math.h> on float: each function at chosen arguments (huge ones for sinf,
 * cosf and tanf included) against the exact value, computed in double precision when
 * this file was written, within 4 ulp; the exact functions (sqrtf, floorf, ceilf,
 * roundf, truncf, fabsf, fmodf) must match to the bit. Prints one line per function;
 * the host's libm passes too. */
#include <math.h>
#include <stdio.h>
#include <string.h>

struct case1 {
    const char *name;
    float (*f)(float);
    float x, expected;
};

struct case2 {
    const char *name;
    float (*f)(float, float);
    float x, y, expected;
};

static const struct case1 cases1[] = {
    {"sqrtf", sqrtf, 0.0f, 0.0f},
    {"sqrtf", sqrtf, 1.0f, 1.0f},
    {"sqrtf", sqrtf, 2.0f, 1.4142135623730951f},
    {"sqrtf", sqrtf, 0.25f, 0.5f},
    {"sqrtf", sqrtf, 1.0000000031710769e-30f, 1.0000000015855385e-15f},
    {"sqrtf", sqrtf, 3.0000000054977558e+38f, 1.7320508091559426e+19f},
    {"sqrtf", sqrtf, 1.401298464324817e-45f, 3.743392130574644e-23f},
    {"sqrtf", sqrtf, 123456.7890625f, 351.3641829533853f},
    {"expf", expf, 0.0f, 1.0f},
    {"expf", expf, 1.0f, 2.718281828459045f},
    {"expf", expf, -1.0f, 0.36787944117144233f},
    {"expf", expf, 10.0f, 22026.465794806718f},
    {"expf", expf, -10.0f, 4.5399929762484854e-05f},
    {"expf", expf, 88.0f, 1.6516362549940018e+38f},
    {"expf", expf, -87.0f, 1.6458114310822737e-38f},
    {"expf", expf, 0.0010000000474974513f, 1.0010005002142532f},
    {"logf", logf, 1.0f, 0.0f},
    {"logf", logf, 2.0f, 0.6931471805599453f},
    {"logf", logf, 0.5f, -0.6931471805599453f},
    {"logf", logf, 10.0f, 2.302585092994046f},
    {"logf", logf, 1.0000000031710769e-30f, -69.07755278665029f},
    {"logf", logf, 3.0000000054977558e+38f, 88.59684582427442f},
    {"logf", logf, 1.401298464324817e-45f, -103.27892990343184f},
    {"logf", logf, 7.388999938964844f, 1.9999923995462376f},
    {"log10f", log10f, 1.0f, 0.0f},
    {"log10f", log10f, 10.0f, 1.0f},
    {"log10f", log10f, 1000.0f, 3.0f},
    {"log10f", log10f, 0.009999999776482582f, -2.000000009707238f},
    {"log10f", log10f, 2.0f, 0.3010299956639812f},
    {"log10f", log10f, 5.000000100204387e+20f, 20.698970013039663f},
    {"log2f", log2f, 1.0f, 0.0f},
    {"log2f", log2f, 2.0f, 1.0f},
    {"log2f", log2f, 1024.0f, 10.0f},
    {"log2f", log2f, 0.125f, -3.0f},
    {"log2f", log2f, 3.0f, 1.584962500721156f},
    {"log2f", log2f, 1.000000013351432e-10f, -33.21928092961158f},
    {"sinf", sinf, 0.0f, 0.0f},
    {"sinf", sinf, 0.5f, 0.479425538604203f},
    {"sinf", sinf, 1.0f, 0.8414709848078965f},
    {"sinf", sinf, -2.0f, -0.9092974268256817f},
    {"sinf", sinf, 3.1415927410125732f, -8.742278000372475e-08f},
    {"sinf", sinf, 10.0f, -0.5440211108893698f},
    {"sinf", sinf, 100.0f, -0.5063656411097588f},
    {"sinf", sinf, -1000.0f, -0.8268795405320025f},
    {"sinf", sinf, 6000.0f, -0.427719512602322f},
    {"sinf", sinf, 22820180.0f, 0.3135143391543345f},
    {"sinf", sinf, 1.0000000150474662e+30f, -0.7911634385219837f},
    {"cosf", cosf, 0.0f, 1.0f},
    {"cosf", cosf, 0.5f, 0.8775825618903728f},
    {"cosf", cosf, 1.0f, 0.5403023058681398f},
    {"cosf", cosf, -2.0f, -0.4161468365471424f},
    {"cosf", cosf, 3.1415927410125732f, -0.9999999999999962f},
    {"cosf", cosf, 10.0f, -0.8390715290764524f},
    {"cosf", cosf, 100.0f, 0.8623188722876839f},
    {"cosf", cosf, -1000.0f, 0.5623790762907029f},
    {"cosf", cosf, -82755.1875f, 0.798389277370334f},
    {"cosf", cosf, 3.0000000054977558e+38f, -0.4842947835419069f},
    {"tanf", tanf, 0.0f, 0.0f},
    {"tanf", tanf, 0.5f, 0.5463024898437905f},
    {"tanf", tanf, 1.0f, 1.5574077246549023f},
    {"tanf", tanf, -1.2000000476837158f, -2.572151985283825f},
    {"tanf", tanf, 3.0f, -0.1425465430742778f},
    {"tanf", tanf, 10.0f, 0.6483608274590866f},
    {"tanf", tanf, 10000000000.0f, -0.5583496378112418f},
    {"atanf", atanf, 0.0f, 0.0f},
    {"atanf", atanf, 0.5f, 0.4636476090008061f},
    {"atanf", atanf, 1.0f, 0.7853981633974483f},
    {"atanf", atanf, -2.0f, -1.1071487177940904f},
    {"atanf", atanf, 100.0f, 1.5607966601082315f},
    {"atanf", atanf, -10000000000.0f, -1.5707963266948965f},
    {"asinf", asinf, 0.0f, 0.0f},
    {"asinf", asinf, 0.5f, 0.5235987755982989f},
    {"asinf", asinf, -0.699999988079071f, -0.7753974799181138f},
    {"asinf", asinf, 1.0f, 1.5707963267948966f},
    {"asinf", asinf, 0.9900000095367432f, 1.4292569210746653f},
    {"acosf", acosf, 0.0f, 1.5707963267948966f},
    {"acosf", acosf, 0.5f, 1.0471975511965979f},
    {"acosf", acosf, -0.699999988079071f, 2.3461938067130106f},
    {"acosf", acosf, 1.0f, 0.0f},
    {"acosf", acosf, -1.0f, 3.141592653589793f},
    {"acosf", acosf, 0.9900000095367432f, 0.14153940572023133f},
    {"sinhf", sinhf, 0.0f, 0.0f},
    {"sinhf", sinhf, 0.10000000149011612f, 0.10016675151741694f},
    {"sinhf", sinhf, 1.0f, 1.1752011936438014f},
    {"sinhf", sinhf, -3.0f, -10.017874927409903f},
    {"sinhf", sinhf, 20.0f, 242582597.70489514f},
    {"coshf", coshf, 0.0f, 1.0f},
    {"coshf", coshf, 0.10000000149011612f, 1.0050041682050637f},
    {"coshf", coshf, 1.0f, 1.5430806348152437f},
    {"coshf", coshf, -3.0f, 10.067661995777765f},
    {"coshf", coshf, 20.0f, 242582597.70489514f},
    {"tanhf", tanhf, 0.0f, 0.0f},
    {"tanhf", tanhf, 0.10000000149011612f, 0.09966799610026957f},
    {"tanhf", tanhf, 0.5f, 0.46211715726000974f},
    {"tanhf", tanhf, -1.0f, -0.7615941559557649f},
    {"tanhf", tanhf, 5.0f, 0.9999092042625951f},
    {"tanhf", tanhf, 20.0f, 1.0f},
    {"floorf", floorf, 0.0f, 0.0f},
    {"floorf", floorf, 1.5f, 1.0f},
    {"floorf", floorf, -1.5f, -2.0f},
    {"floorf", floorf, -0.5f, -1.0f},
    {"floorf", floorf, 10000000000.0f, 10000000000.0f},
    {"floorf", floorf, 2.999000072479248f, 2.0f},
    {"ceilf", ceilf, 0.0f, 0.0f},
    {"ceilf", ceilf, 1.5f, 2.0f},
    {"ceilf", ceilf, -1.5f, -1.0f},
    {"ceilf", ceilf, -0.5f, 0.0f},
    {"ceilf", ceilf, 10000000000.0f, 10000000000.0f},
    {"ceilf", ceilf, 2.000999927520752f, 3.0f},
    {"roundf", roundf, 0.5f, 1.0f},
    {"roundf", roundf, 1.5f, 2.0f},
    {"roundf", roundf, 2.5f, 3.0f},
    {"roundf", roundf, -0.5f, -1.0f},
    {"roundf", roundf, -2.5f, -3.0f},
    {"roundf", roundf, 1.499899983406067f, 1.0f},
    {"truncf", truncf, 1.899999976158142f, 1.0f},
    {"truncf", truncf, -1.899999976158142f, -1.0f},
    {"truncf", truncf, 0.30000001192092896f, 0.0f},
    {"truncf", truncf, -1000000000.0f, -1000000000.0f},
    {"fabsf", fabsf, -3.0f, 3.0f},
    {"fabsf", fabsf, 3.0f, 3.0f},
    {"fabsf", fabsf, -0.0f, 0.0f},
    {"fabsf", fabsf, 9.99994610111476e-41f, 9.99994610111476e-41f},
};

static const struct case2 cases2[] = {
    {"powf", powf, 2.0f, 10.0f, 1024.0f},
    {"powf", powf, 2.0f, 0.5f, 1.4142135623730951f},
    {"powf", powf, 10.0f, -3.0f, 0.001f},
    {"powf", powf, -2.0f, 3.0f, -8.0f},
    {"powf", powf, 1.5f, 2.5f, 2.7556759606310752f},
    {"powf", powf, 0.5f, 40.0f, 9.094947017729282e-13f},
    {"powf", powf, 7.0f, 0.3333333432674408f, 1.9129312197510335f},
    {"fmodf", fmodf, 5.5f, 2.0f, 1.5f},
    {"fmodf", fmodf, -5.5f, 2.0f, -1.5f},
    {"fmodf", fmodf, 10000000000.0f, 3.0f, 1.0f},
    {"fmodf", fmodf, 7.0f, -2.5f, 2.0f},
    {"fmodf", fmodf, 0.30000001192092896f, 0.10000000149011612f, 7.450580596923828e-09f},
    {"atan2f", atan2f, 1.0f, 1.0f, 0.7853981633974483f},
    {"atan2f", atan2f, 1.0f, -1.0f, 2.356194490192345f},
    {"atan2f", atan2f, -1.0f, -1.0f, -2.356194490192345f},
    {"atan2f", atan2f, 0.0f, 1.0f, 0.0f},
    {"atan2f", atan2f, 3.0f, 4.0f, 0.6435011087932844f},
    {"hypotf", hypotf, 3.0f, 4.0f, 5.0f},
    {"hypotf", hypotf, 1.0000000200408773e+20f, 1.0000000200408773e+20f, 1.4142135907151756e+20f},
    {"hypotf", hypotf, 5.000000015855384e-30f, 1.2000000038052922e-29f, 1.3000000041224e-29f},
};

static int is_exact(const char *name)
{
    return !strcmp(name, "sqrtf") || !strcmp(name, "floorf") || !strcmp(name, "ceilf") ||
           !strcmp(name, "roundf") || !strcmp(name, "truncf") || !strcmp(name, "fabsf") ||
           !strcmp(name, "fmodf");
}

/* Within 4 ulp of expected (an ulp taken at expected's magnitude), or exactly equal. */
static int close_enough(const char *name, float got, float expected)
{
    float ulp;
    int e;
    if (got == expected)
        return 1;
    if (is_exact(name) || isnan(got) || isinf(got) || isinf(expected))
        return 0;
    frexpf(expected, &e);
    ulp = ldexpf(1.0f, e - 24 < -149 ? -149 : e - 24);
    return fabsf(got - expected) <= 4 * ulp;
}

int main(void)
{
    unsigned i;
    int failures = 0;
    const char *last = "";
    for (i = 0; i < sizeof cases1 / sizeof cases1[0]; i++) {
        float got = cases1[i].f(cases1[i].x);
        if (strcmp(last, cases1[i].name))
            printf("%s%s", i ? "\n" : "", cases1[i].name);
        last = cases1[i].name;
        if (close_enough(cases1[i].name, got, cases1[i].expected)) {
            printf(" ok");
        } else {
            printf(" (%s(%.9g) = %.9g, expected %.9g)", cases1[i].name, cases1[i].x, got,
                   cases1[i].expected);
            failures++;
        }
    }
    for (i = 0; i < sizeof cases2 / sizeof cases2[0]; i++) {
        float got = cases2[i].f(cases2[i].x, cases2[i].y);
        if (strcmp(last, cases2[i].name))
            printf("\n%s", cases2[i].name);
        last = cases2[i].name;
        if (close_enough(cases2[i].name, got, cases2[i].expected)) {
            printf(" ok");
        } else {
            printf(" (%s(%.9g, %.9g) = %.9g, expected %.9g)", cases2[i].name, cases2[i].x,
                   cases2[i].y, got, cases2[i].expected);
            failures++;
        }
    }
    printf("\nspecial: %d %d %d %d %d %d\n", !!isnan(sqrtf(-1.0f)), !!isinf(logf(0.0f)),
           !!isnan(logf(-1.0f)), !!signbit(-0.0f), !!isinf(expf(1000.0f)),
           expf(-1000.0f) == 0.0f);
    printf("failures: %d\n", failures);
    return failures != 0;
}
