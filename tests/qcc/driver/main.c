/* driver test: main calls a function from another file and a macro from -D. */
#include "helper.h"

int main(void)
{
#ifdef EXTRA
    return helper(VALUE) + EXTRA;
#else
    return helper(VALUE);
#endif
}
