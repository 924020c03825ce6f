int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int scanf(const char *fmt, ...) __attribute__((__format__(__scanf__, 1, 2)));
void die(void) __attribute__((noreturn));
_Noreturn void quit(int code) { (void)code; }
int odd __attribute__((frobnicate));
int placed __attribute__((section(".mine")));
_Alignas(4) int wide;
int aligned_var __attribute__((aligned(8)));
int bad_align __attribute__((aligned(3)));
static int quiet __attribute__((unused));
char esc = '\xfffffffff';
_Thread_local int ok_tls;
void g(void)
{
    _Thread_local int auto_tls;
    int unused_local __attribute__((unused));
    long long big = 1;
    double d = 2.0;
    printf("%d %s\n", d, 5);
    printf("%lld %f %c\n", big, d, 'x');
    printf("%d\n");
    printf("%d\n", 1, 2);
    printf("%y\n", 1);
    printf("%*d %p\n", 3, 4, &d);
    int i;
    scanf("%d %f", &i, i);
    (void)_Generic(d, int: 1);
}
int h(int x)
{
    if (x)
        die();
    return 0;
}
