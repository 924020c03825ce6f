struct bad {
    unsigned too_wide : 33;
    float f : 3;
    int negative : -1;
    int named_zero : 0;
    _Bool b : 2;
    int ok : 4;
};
int main(void)
{
    struct bad s;
    int *p = &s.ok;
    return *p;
}
