int main(void)
{
    int x = 1;
    int *p = &x;
    float f = 1.0f;
    *x = 2;
    p = p + p;
    f = f % 2;
    int y = ~f;
    return *f + (p * 2);
}
