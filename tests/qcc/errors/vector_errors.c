/* GNU vector types: bad vector_size arguments and element types, operands that do not
 * combine, scalars that would be truncated, casts between different sizes, vector
 * values where scalars are required, designators in a vector initializer. */
struct S { int a; };
typedef int v4si __attribute__((vector_size(4 * sizeof(int))));
typedef float v4sf __attribute__((vector_size(4 * sizeof(float))));
typedef int v2si __attribute__((vector_size(2 * sizeof(int))));
typedef int bad1 __attribute__((vector_size(3 * sizeof(int))));
typedef struct S bad2 __attribute__((vector_size(4)));
typedef void bad3 __attribute__((vector_size(4)));
typedef int bad4 __attribute__((vector_size(0)));
typedef long long bad5 __attribute__((vector_size(3)));
typedef int bad6 __attribute__((vector_size));
int n;
typedef int bad7 __attribute__((vector_size(n)));
v4si bad_init = {[1] = 2};
v4si g = {1, 2, 3, 4};
v4si not_constant = g + g;
int size_only = sizeof(g * 2);
int main(void)
{
    v4si a = g;
    v4sf f = {1.0f};
    v2si w = {1, 2};
    long long big = 1;
    double d = 2.0;
    a = a + w;
    a = a + f;
    f = f % f;
    f = f << 1;
    a = a + big;
    a = a + 1.5;
    f = f + d;
    a = (v4si)w;
    big = (long long)a;
    a = 5;
    a = f;
    if (a)
        return 1;
    a += w;
    a = __builtin_shuffle(a, f);
    f = __builtin_convertvector(w, v4sf);
    return a[0] + a;
}
