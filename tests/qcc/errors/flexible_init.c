/* A flexible array member may be initialized only in a static object of its own type. */
typedef struct { int n, v[]; } Vec;
struct Outer { int x; Vec inner; int y; };
struct Outer outer = { 1, { 2, { 3, 4 } }, 5 };
Vec many[2] = { { 1, { 2 } }, { 3 } };
static Vec fine = { 1, { 2, 3 } };
int main(void)
{
    Vec local = { 1, { 2, 3 } };
    Vec empty = { 1 };
    return local.n + empty.n + fine.n;
}
