1int g;
int f(int a, int b) { int c = a; c += b; c <<= 2; while (c > 100) c -= a ? a : 1; g = c; return c; }
union u { int i; float f; };
int h(union u x, int (*fp)(int, int)) { return fp(x.i, 2) ? x.i : -1; }
