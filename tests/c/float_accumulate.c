/* Float accumulation order, Kahan summation, mean and variance of a data set. */
#include "print.h"

static unsigned bits(float f) { union { float f; unsigned u; } v = {f}; return v.u; }

int main(void)
{
    float naive = 0.0f, sum = 0.0f, comp = 0.0f;
    for (int i = 0; i < 1000; i++) {
        float x = 0.1f;
        naive += x;
        float y = x - comp;
        float t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    print_hex(bits(naive)); print_char(' '); print_hex(bits(sum)); print_char('\n');
    float data[] = {2.0f, 4.0f, 4.0f, 4.0f, 5.0f, 5.0f, 7.0f, 9.0f};
    float mean = 0.0f;
    for (int i = 0; i < 8; i++) mean += data[i];
    mean /= 8.0f;
    float var = 0.0f;
    for (int i = 0; i < 8; i++) var += (data[i] - mean) * (data[i] - mean);
    var /= 8.0f;
    print_hex(bits(mean)); print_char(' '); print_hex(bits(var)); print_char('\n');
    return (int)var;
}
