/* show.h - test-only helper shared by tests/c programs: prints "label value" on a line
 * through print.h, so the same line comes out under qcc-lite and under the host gcc. */
#ifndef TEST_SHOW_H
#define TEST_SHOW_H
#include "print.h"

static void show(const char *label, int v)
{
    print_str(label);
    print_str(" ");
    print_int(v);
    print_str("\n");
}
#endif
