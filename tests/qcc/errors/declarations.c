typedef int T;
int f(void) = 3;
void v;
int arr[-1];
int vla(int n) { int a[n]; return a[0]; }
register int global_reg;
int g(int x, int x2) { int x; return x; }
