/* Frame builtins: the level must be a non-negative integer constant; a nonzero level
 * gives 0 (no frame chain), warned about under -Wall as gcc's -Wframe-address does;
 * __builtin_longjmp's second argument must be 1. */
void *buf[5];
void *f(int n)
{
    void *a = __builtin_return_address(n);
    void *b = __builtin_frame_address(-1);
    void *c = __builtin_return_address(1);
    if (__builtin_setjmp(buf))
        return a;
    __builtin_longjmp(buf, 2);
    return b == c ? a : __builtin_setjmp(n) ? b : 0;
}
