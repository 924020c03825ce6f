/* GNU C frame builtins: __builtin_return_address(0) is the same for calls from one
 * site and differs between sites; __builtin_frame_address(0) lies between the caller's
 * locals and the callee's; __builtin_extract_return_addr is the address itself;
 * __builtin_setjmp / __builtin_longjmp (gcc's 5-word buffer) come back with 1, from
 * nested calls, with the locals' latest values and the stack pointer as at the setjmp
 * (alloca after the setjmp is given back); a nested function defined in between leaves
 * the parent's values alone. Checked against gcc. */
#include "show.h"

__attribute__((noinline)) static void *where(void)
{
    return __builtin_extract_return_addr(__builtin_return_address(0));
}

__attribute__((noinline)) static void *where_after_call(void)
{
    void *before = __builtin_return_address(0);
    where();
    return before == __builtin_return_address(0) ? before : 0;
}

__attribute__((noinline)) static int between(const int *outer, const int *mid)
{
    int inner = 0;
    return (outer > mid && mid > &inner) || (outer < mid && mid < &inner);
}

__attribute__((noinline)) static int frame_check(const int *outer)
{
    const int *f = __builtin_frame_address(0);
    return between(outer, f) != 0;
}

__attribute__((noinline)) static void *site(void)
{
    return where();
}

static void *buf[5];
static int depth;

__attribute__((noinline)) static void jump_back(int n)
{
    depth = n;
    if (n > 0)
        jump_back(n - 1);
    __builtin_longjmp(buf, 1);
}

__attribute__((noinline)) static int round_trip(int n)
{
    int count = 0;
    volatile char *first = 0;
    if (__builtin_setjmp(buf)) {
        volatile char *again = __builtin_alloca(4);
        show("count after longjmp", count);
        show("depth", depth);
        show("stack given back", again == first);
        return count * 10 + n;
    }
    count = 3;
    first = __builtin_alloca(4);
    (void)__builtin_alloca(4);
    jump_back(n);
    return -1;
}

/* A nested function defined between two uses does not disturb the parent's values. */
__attribute__((noinline)) static int around_nested(int x)
{
    void *before = __builtin_return_address(0), *fb = __builtin_frame_address(0);
    int inner(int y) { return x + y + (__builtin_return_address(0) != 0); }
    void *after = __builtin_return_address(0), *fa = __builtin_frame_address(0);
    return inner(1) * 10 + (before == after) + (fb == fa);
}

int main(void)
{
    void *a = site(), *b = site();
    show("same site", a == b);
    show("different sites", a != where());
    show("unchanged by calls", where_after_call() != 0);
    int outer = 1;
    show("frame between", frame_check(&outer));
    show("round trip", round_trip(4));
    show("round trip again", round_trip(0));
    show("around a nested function", around_nested(3));
    return 0;
}
