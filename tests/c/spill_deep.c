/* spill_deep.c - expressions nested deeper than the temporaries: 40-operand
 * right-nested chains of int, long long and float, calls inside deep expressions,
 * nested conditionals and array indexing; the held operands wait in the frame. */

#include "print.h"
int deep(int x0, int x1, int x2, int x3, int x4, int x5, int x6, int x7, int x8, int x9, int x10, int x11, int x12, int x13, int x14, int x15, int x16, int x17, int x18, int x19, int x20, int x21, int x22, int x23, int x24, int x25, int x26, int x27, int x28, int x29, int x30, int x31, int x32, int x33, int x34, int x35, int x36, int x37, int x38, int x39) { return x0 - (x1 - (x2 - (x3 - (x4 - (x5 - (x6 - (x7 - (x8 - (x9 - (x10 - (x11 - (x12 - (x13 - (x14 - (x15 - (x16 - (x17 - (x18 - (x19 - (x20 - (x21 - (x22 - (x23 - (x24 - (x25 - (x26 - (x27 - (x28 - (x29 - (x30 - (x31 - (x32 - (x33 - (x34 - (x35 - (x36 - (x37 - (x38 - (x39))))))))))))))))))))))))))))))))))))))); }
int id(int v) { return v; }
int deepcall(int a) {
  return a + (id(a+1) * (id(a+2) - (id(a+3) ^ (id(a+4) + (id(a+5) - (id(a+6) * (id(a+7) | (id(a+8) - (id(a+9) + (id(a+10) + (id(a+11) * (id(a+12) - (id(a+13) ^ (id(a+14) + (id(a+15) - (id(a+16) * (id(a+17) | (id(a+18) - (id(a+19) + (id(a+20) + (id(a+21) * (id(a+22) - (id(a+23) ^ (id(a+24) + (id(a+25))))))))))))))))))))))))));
}
long long deepll(long long y0, long long y1, long long y2, long long y3, long long y4, long long y5, long long y6, long long y7, long long y8, long long y9, long long y10, long long y11, long long y12, long long y13, long long y14, long long y15, long long y16, long long y17, long long y18, long long y19, long long y20, long long y21, long long y22, long long y23, long long y24, long long y25, long long y26, long long y27, long long y28, long long y29, long long y30, long long y31, long long y32, long long y33, long long y34, long long y35, long long y36, long long y37, long long y38, long long y39) { return y0 * 3 - (y1 * 3 - (y2 * 3 - (y3 * 3 - (y4 * 3 - (y5 * 3 - (y6 * 3 - (y7 * 3 - (y8 * 3 - (y9 * 3 - (y10 * 3 - (y11 * 3 - (y12 * 3 - (y13 * 3 - (y14 * 3 - (y15 * 3 - (y16 * 3 - (y17 * 3 - (y18 * 3 - (y19 * 3 - (y20 * 3 - (y21 * 3 - (y22 * 3 - (y23 * 3 - (y24 * 3 - (y25 * 3 - (y26 * 3 - (y27 * 3 - (y28 * 3 - (y29 * 3 - (y30 * 3 - (y31 * 3 - (y32 * 3 - (y33 * 3 - (y34 * 3 - (y35 * 3 - (y36 * 3 - (y37 * 3 - (y38 * 3 - (y39))))))))))))))))))))))))))))))))))))))); }
float deepf(float f0, float f1, float f2, float f3, float f4, float f5, float f6, float f7, float f8, float f9, float f10, float f11, float f12, float f13, float f14, float f15, float f16, float f17, float f18, float f19, float f20, float f21, float f22, float f23, float f24, float f25, float f26, float f27, float f28, float f29, float f30, float f31, float f32, float f33, float f34, float f35, float f36, float f37, float f38, float f39) { return f0 - (f1 - (f2 - (f3 - (f4 - (f5 - (f6 - (f7 - (f8 - (f9 - (f10 - (f11 - (f12 - (f13 - (f14 - (f15 - (f16 - (f17 - (f18 - (f19 - (f20 - (f21 - (f22 - (f23 - (f24 - (f25 - (f26 - (f27 - (f28 - (f29 - (f30 - (f31 - (f32 - (f33 - (f34 - (f35 - (f36 - (f37 - (f38 - (f39))))))))))))))))))))))))))))))))))))))); }
int nest(int a) { return id(id(id(id(id(id(id(id(id(id(a+1)+2)+id(a))))))))); }
int cond(int a, int b) { return a + (b - (a ? b + (a - (b ? a + (b - (a ? 1 + (a - (b ? 2 - (a + (b - (a ? 3 : 4))) : 5)) : 6)) : 7)) : 8)); }
int arr[10];
int deepidx(int i) { return arr[arr[arr[arr[arr[arr[arr[arr[arr[arr[i]]]]]]]]]] + (arr[1] - (arr[2] - (arr[3] - (arr[4] - (arr[5] - (arr[6] - (arr[7] - (arr[8] - (arr[9] - (arr[0] - (arr[1] - (arr[2] - (arr[3] - (arr[4] - (arr[5] - (arr[6] - (arr[7] - (arr[8] - (arr[9] - (arr[0] - (arr[1] - (arr[2] - (arr[3] - (arr[4] - arr[5])))))))))))))))))))))))); }
int main(void) {
  print_int(deep(1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 85, 92, 99, 106, 113, 120, 127, 134, 141, 148, 155, 162, 169, 176, 183, 190, 197, 204, 211, 218, 225, 232, 239, 246, 253, 260, 267, 274)); print_char(10);
  print_int(deepcall(3)); print_char(10);
  print_ll(deepll(1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 85, 92, 99, 106, 113, 120, 127, 134, 141, 148, 155, 162, 169, 176, 183, 190, 197, 204, 211, 218, 225, 232, 239, 246, 253, 260, 267, 274)); print_char(10);
  print_int((int)deepf(1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 85, 92, 99, 106, 113, 120, 127, 134, 141, 148, 155, 162, 169, 176, 183, 190, 197, 204, 211, 218, 225, 232, 239, 246, 253, 260, 267, 274)); print_char(10);
  print_int(cond(1,2)); print_int(cond(0,3)); print_int(cond(4,0)); print_char(10);
  for (int i = 0; i < 10; i++) arr[i] = (i * 7 + 3) % 10;
  print_int(deepidx(3)); print_char(10);
  print_int(nest(5)); print_char(10);
  return 0;
}
