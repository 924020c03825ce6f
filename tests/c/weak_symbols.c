/* Weak symbols: a weak reference (__attribute__((weak)) or #pragma weak) that nothing
 * defines has the address 0, so optional hooks can be tested before a call; a weak
 * definition is used when no strong one exists; `#pragma weak a = b` makes a a weak
 * alias of b. (Strong-over-weak across objects is tested in tests/qld.) Checked
 * against gcc. */
#include "show.h"

extern int optional_counter __attribute__((weak));
void optional_hook(int) __attribute__((weak));
extern int pragma_table[];
#pragma weak pragma_table
extern void pragma_fn(void);
#pragma weak pragma_fn

__attribute__((weak)) int tunable = 12;
int default_policy(int x) __attribute__((weak));
int default_policy(int x) { return x * 2; }

int real_impl(int x) { return x + 100; }
int public_api(int x);
#pragma weak public_api = real_impl

static int call_hook(void (*hook)(int), int v)
{
    if (hook) {
        hook(v);
        return 1;
    }
    return 0;
}

int main(void)
{
    show("weak object absent", &optional_counter == 0);
    show("weak function absent", optional_hook == 0);
    show("hook called", call_hook(optional_hook, 3));
    show("pragma object absent", pragma_table == 0);
    show("pragma function absent", !pragma_fn);
    show("weak definition", tunable + default_policy(5));
    int (*p)(int) = default_policy;
    show("weak definition address", p != 0);
    show("pragma weak alias", public_api(1));
    return 0;
}
