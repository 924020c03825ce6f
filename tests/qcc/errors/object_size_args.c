int main(int n)
{
    char buf[4];
    int k = 1;
    unsigned long a = __builtin_object_size(buf, 4);
    unsigned long b = __builtin_object_size(buf, k);
    unsigned long c = __builtin_dynamic_object_size(n, 0);
    unsigned long d = __builtin_object_size(buf);
    return (int)(a + b + c + d);
}
