int n = 3;
int file_vla[n];
void f(int k)
{
    goto inside;
    {
        int a[k];
    inside:
        a[0] = 1;
    }
    int b[k] = {0};
    static int c[k];
    switch (k) {
        int d[k];
    case 1:
        d[0] = 0;
        break;
    }
    goto in_for;
    for (int e[k]; k; k--) {
    in_for:
        e[0] = 1;
    }
}
