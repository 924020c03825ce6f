_Static_assert(sizeof(int) == 1, "int is one word");
int main(void) {
    _Static_assert(_Alignof(int) == 1, "aligned");
    static_assert(2 + 2 == 5, "math is broken");
    return 0;
}
