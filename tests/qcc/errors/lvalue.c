int main(void)
{
    int a = 1;
    3 = a;
    (a + 1) = 2;
    const int c = 5;
    c = 6;
    a++ = 1;
    return &3 != 0;
}
