/* assert.h - assert(expr): when NDEBUG is not defined and expr is false, print the
 * expression, file, line and function on stderr and abort. May be included repeatedly
 * with a different NDEBUG, as the standard requires. */
#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
void __assert_fail(const char *expr, const char *file, int line, const char *func);
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif
