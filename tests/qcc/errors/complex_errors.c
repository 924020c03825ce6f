/* Complex types: what C and GNU C do not allow, and the one form qcc-lite leaves out. */
#ifdef __STDC_NO_COMPLEX__
#error "__STDC_NO_COMPLEX__ should not be defined"
#endif
_Complex z1;
long long _Complex z2;
struct S { int a; };
int main(void)
{
    float _Complex a = 1.0f, b = 2.0fi;
    int *p = 0;
    struct S s = { 1 };
    a = a % b;
    a = a < b;
    a = a & 1;
    a %= b;
    a = p;
    a = s;
    p = (int *)a;
    return __real__ s.a + __imag__ p;
}
_Imaginary float imaginary;
