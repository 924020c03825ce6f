/* _Atomic as a qualifier and as _Atomic(T): one core, so loads and stores are plain
 * and the results are gcc's (<stdatomic.h>'s operations: tests/libc). */
#include "show.h"

_Atomic int counter = 5;
_Atomic(unsigned) flags;
static int plain = 7;
int *_Atomic shared_ptr = &plain;
struct box { _Atomic long value; _Atomic(int *) where; };

static int bump(_Atomic int *p, int by)
{
    *p += by;
    return ++*p;
}

int main(void)
{
    show("bump", bump(&counter, 10));
    show("counter", counter);
    flags |= 0x30;
    flags ^= 0x10;
    show("flags", (int)flags);
    show("via ptr", *shared_ptr);
    struct box b = { 40, &plain };
    b.value++;
    show("box", (int)b.value + *b.where);
    _Atomic int local = 3;
    local *= 4;
    show("local", local);
    counter = 2;
    show("store", counter);
    show("sizeof", sizeof(_Atomic int) == sizeof(int));
    show("generic", _Generic(counter, int: 1, default: 0));
    return 0;
}
