struct a { int x; };
struct a { int y; };
int f(void);
char f(void);
int main(void)
{
    struct bits { int flag : 1; } big;
    int arr[2] = {1, 2, 3};
    struct nope n;
    return "str" * 2;
}
