int main(void)
{
    int a;
    int a;
    switch (a) {
    case 1: break;
    case 1: break;
    default: break;
    default: break;
    }
here:
here:
    return 0;
}
