/* stmt_expr_loops.c - loops inside statement expressions while operands are held in
 * temporaries: the loop optimizer must not hoist constants into those. */
#include "print.h"
static int id(int v) { return v; }
int main(void) {
  int a = 5, n = 10;
  int r = id(a) * 3 + ({ int s = 0; for (int i = 0; i < n; i++) s += i * 1000; s; }) - id(a);
  print_int(r); print_char(10);
  int b[4] = {1, 2, 3, 4}, k = 2;
  int q = b[k] + (b[k-1] * ({ int t = 0; for (int i = 0; i < 3; i++) t += b[i] + 77; t; }));
  print_int(q); print_char(10);
  return 0;
}
