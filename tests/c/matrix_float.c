/* Float matrices: Gaussian elimination solving a 3x3 system, checked by bits. */
#include "print.h"

static unsigned bits(float f) { union { float f; unsigned u; } v = {f}; return v.u; }

int main(void)
{
    float a[3][4] = {{2, 1, -1, 8}, {-3, -1, 2, -11}, {-2, 1, 2, -3}};
    for (int col = 0; col < 3; col++) {
        int pivot = col;
        for (int r = col + 1; r < 3; r++)
            if ((a[r][col] < 0 ? -a[r][col] : a[r][col]) >
                (a[pivot][col] < 0 ? -a[pivot][col] : a[pivot][col]))
                pivot = r;
        for (int k = 0; k < 4; k++) {
            float t = a[col][k]; a[col][k] = a[pivot][k]; a[pivot][k] = t;
        }
        for (int r = 0; r < 3; r++) {
            if (r == col) continue;
            float factor = a[r][col] / a[col][col];
            for (int k = col; k < 4; k++)
                a[r][k] -= factor * a[col][k];
        }
    }
    for (int r = 0; r < 3; r++) {
        float x = a[r][3] / a[r][r];
        print_hex(bits(x)); print_char(' ');
        print_int((int)(x + (x < 0 ? -0.5f : 0.5f))); print_char('\n');
    }
    return 0;
}
