/* A typedef name may be declared again in its scope only as the same type (C11 6.7p3),
   and _Alignas may not qualify a register object or a typedef (6.7.5p2). */
typedef unsigned U;
typedef unsigned U;
typedef long U;
double d;
typedef double d;
_Alignas(2) typedef int aligned_t;

struct pair {
    int a, b;
    _Static_assert(1, "a member-list static assertion");
    _Static_assert(0, "this one fails");
};

int main(void)
{
    typedef short S;
    typedef short S;
    typedef unsigned short S;
    _Alignas(1) register int r = 3;
    return r;
}
