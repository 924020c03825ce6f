/* lib_builtins.c - __builtin_ spellings of C library functions, called without any
 * header: the compiler maps each to the library function with gcc's prototype (so the
 * double arguments and the pointer and long long results are passed right). */
int printf(const char *, ...);

int main(void)
{
    char buf[16];
    const char *s = "hello, world";
    double _Complex z = 3.0 + 4.0i;
    printf("strstr %s\n", __builtin_strstr(s, "wor"));
    printf("strpbrk %s\n", __builtin_strpbrk(s, " ,"));
    printf("strcspn %d strspn %d\n", (int)__builtin_strcspn(s, "ow"),
           (int)__builtin_strspn(s, "leh"));
    printf("memchr %s\n", (char *)__builtin_memchr(s, 'w', 12));
    printf("index %s rindex %s\n", __builtin_index(s, 'l'), __builtin_rindex(s, 'l'));
    printf("stpcpy %d\n", (int)(__builtin_stpcpy(buf, "abc") - buf));
    printf("strncat %s\n", __builtin_strncat(buf, "defgh", 2));
    printf("imaxabs %lld llabs %lld\n", (long long)__builtin_imaxabs(-5000000000LL),
           __builtin_llabs(-3LL));
    printf("sin %.4f cbrt %.4f atan2l %.4f\n", __builtin_sin(1.0), __builtin_cbrt(27.0),
           (double)__builtin_atan2l(1.0L, 1.0L));
    printf("fabsl %.1f nextafterf %d\n", (double)__builtin_fabsl(-2.5L),
           __builtin_nextafterf(1.0f, 2.0f) > 1.0f);
    printf("creal %.1f cimag %.1f cabs %.1f\n", __builtin_creal(z), __builtin_cimag(z),
           __builtin_cabs(z));
    printf("toupper %c isdigit %d\n", __builtin_toupper('q'), __builtin_isdigit('7') != 0);
    printf("powi %.6g %.6g %.6g\n", __builtin_powi(1.5, 7), (double)__builtin_powif(2.0f, -3),
           (double)__builtin_powil(-3.0L, 5));
    __builtin___clear_cache(buf, buf + 16);
    __builtin_printf("printf %d\n", 42);
    __builtin_puts("puts");
    return 0;
}
