__auto_type none;
int main(void)
{
    __auto_type a = 1, b = 2;
    __auto_type c = {1};
    __auto_type d;
    return a + b + c + d;
}
