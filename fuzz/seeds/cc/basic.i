0# 1 "basic.c"
struct point { int x, y; unsigned f : 3; };
typedef struct point point_t;
static int table[4] = {1, 2, [3] = 4};
enum color { RED, GREEN = 5, BLUE };
int sum(const point_t *p, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += p[i].x * p[i].y + (p[i].f << 1);
    switch (s & 3) { case 0: s++; break; default: s--; }
    return s ? s : table[3];
}
long long mix(long long a, unsigned b) { return a * b / 3 + (a >> 2) - (b % 7); }
float ff(float x) { return x * 2.0f - 1.0f; }
int main(void)
{
    point_t pts[2] = {{1, 2, 3}, {.y = 4}};
    char buf[8] = "hi";
    int *q = &pts[0].x;
    do { *q += buf[1]; } while (*q < 10);
    return sum(pts, 2) + (int)mix(5, 3u) + (int)ff(1.5f) + GREEN + sizeof(pts);
}
