/* Floating-point algorithms: Newton square root, series for exp and sin, integration,
 * float arrays and float struct members, float parameters and returns. */
#include "print.h"

static unsigned bits(float f)
{
    union { float f; unsigned u; } v = {f};
    return v.u;
}

static float my_sqrt(float x)
{
    float r = x > 1.0f ? x / 2.0f : 1.0f;
    for (int i = 0; i < 20; i++)
        r = 0.5f * (r + x / r);
    return r;
}

static float my_exp(float x)
{
    float term = 1.0f, sum = 1.0f;
    for (int n = 1; n < 20; n++) {
        term *= x / (float)n;
        sum += term;
    }
    return sum;
}

static float my_sin(float x)
{
    float term = x, sum = x;
    for (int n = 1; n < 10; n++) {
        term *= -x * x / (float)((2 * n) * (2 * n + 1));
        sum += term;
    }
    return sum;
}

struct vec { float x, y; };
static float dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y; }

int main(void)
{
    print_hex(bits(my_sqrt(2.0f))); print_char(' ');
    print_hex(bits(my_sqrt(144.0f))); print_char('\n');
    print_hex(bits(my_exp(1.0f))); print_char(' ');
    print_hex(bits(my_sin(0.5f))); print_char('\n');
    float area = 0.0f;
    const int steps = 1000;
    for (int i = 0; i < steps; i++) {
        float x = ((float)i + 0.5f) / (float)steps;
        area += x * x / (float)steps;
    }
    print_hex(bits(area)); print_char('\n');
    float v[5] = {1.5f, -2.25f, 3.0f, 0.125f, 10.0f};
    float mx = v[0], total = 0.0f;
    for (int i = 0; i < 5; i++) {
        if (v[i] > mx) mx = v[i];
        total += v[i];
    }
    print_hex(bits(mx)); print_char(' '); print_hex(bits(total)); print_char('\n');
    struct vec a = {1.5f, 2.0f}, b = {-0.5f, 4.0f};
    print_hex(bits(dot(a, b))); print_char('\n');
    print_int((int)(my_sqrt(10000.0f) + 0.5f)); print_char('\n');
    return (int)mx;
}
