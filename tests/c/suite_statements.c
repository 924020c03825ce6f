/* Suite-style probes: Duff's device, designated arrays of structs, functions returning
 * pointers to arrays, block-scope extern, goto into a block, unnamed bit-fields. */
#include "print.h"
static void copy(int *to, int *from, int count)
{
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}
struct pt { int x, y; };
struct pt pts[3] = { [1].x = 5, [2] = { .y = 7 }, [0].y = 1 };
static int (*retarr(void))[3] { static int a[3] = {4, 5, 6}; return &a; }
int shadow = 1;
int main(void)
{
    int src[13], dst[13] = {0};
    for (int i = 0; i < 13; i++) src[i] = i * 3;
    copy(dst, src, 13);
    print_int(dst[12]);
    print_int(pts[1].x + pts[2].y + pts[0].y);
    print_int((*retarr())[1]);
    int a = 1, b = a + 1;
    print_int(b);
    { int shadow = 2; { extern int shadow; print_int(shadow); } print_int(shadow); }
    print_str(__func__); print_char('\n');
    const char *s = "abc" "def"; print_str(s); print_char('\n');
    int *p = &(int){5}; *p = 6; print_int(*p);
    while (0); do ; while (0); for (;;) break;
    int k = 0;
    goto inner;
    { k = 100;
    inner: k += 1; }
    print_int(k);
    struct { int a; int : 4; int b : 3; } u = { 1, 2 };
    print_int(u.a + u.b);
    int arr[] = {1, 2, 3,};
    print_int(sizeof arr / sizeof arr[0]);
    int x = 10; x = x++ + 1; 

    print_int('\0' == 0); print_int("abc"[1]);
    int cond = 3; print_int(cond ? cond : 0);
    print_int((1, 2, 3));
    int t = 0; t = t ? 1 : t == 0 ? 2 : 3; print_int(t);
    print_char('\n');
    return 0;
}
