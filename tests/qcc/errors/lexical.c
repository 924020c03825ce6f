int main(void)
{
    int a = 1 @ 2;
    return 99999999999999999999;
}
