/* kernel_main.c - the kernel's libc.a on its own (no streams, no malloc, no exit): the
 * program links only if every member it pulls in is free-standing, and checks a few
 * results. Returns 42 when all hold, else the number of the first failing check. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static jmp_buf env;

static void jump(void)
{
    longjmp(env, 5);
}

int kernel_test_main(void)
{
    char buf[64];
    int values[] = {5, 3, 9, 1}, n, a = 0, b = 0;
    char *end;
    snprintf(buf, sizeof buf, "%d|%5.2f|%s|%x", -12, 3.14159f, "ok", 255u);
    if (strcmp(buf, "-12| 3.14|ok|ff") != 0)
        return 1;
    qsort(values, 4, sizeof values[0], compare);
    if (values[0] != 1 || values[3] != 9)
        return 2;
    if (strtol("  -0x1f", &end, 0) != -31 || *end != 0 || errno != 0)
        return 3;
    n = sscanf("7 8", "%d %d", &a, &b);
    if (n != 2 || a != 7 || b != 8)
        return 4;
    if (!isalpha('q') || toupper('q') != 'Q' || sqrtf(16.0f) != 4.0f)
        return 5;
    if (setjmp(env) == 0)
        jump();
    return 42;
}
