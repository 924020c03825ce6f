/* Complex types are C11's optional part that qcc-lite leaves out. */
#ifndef __STDC_NO_COMPLEX__
#error "__STDC_NO_COMPLEX__ should be defined"
#endif
double _Complex z;
float __complex__ w;
int main(void)
{
    _Complex float v;
    return 0;
}
