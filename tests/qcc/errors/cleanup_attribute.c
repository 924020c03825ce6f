/* __attribute__((cleanup(f))): f must be a function that can be called as f(&x); the
 * attribute only applies to automatic variables (ignored with a warning elsewhere). */
static void takes_int_ptr(int *p) { (void)p; }
static void takes_double_ptr(double *p) { (void)p; }
static void takes_nothing(void) { }
static void takes_two(int *p, int q) { (void)p, (void)q; }
static void takes_int(int v) { (void)v; }
int not_function;
int global_var __attribute__((cleanup(takes_int_ptr)));
void param(int p __attribute__((cleanup(takes_int_ptr)))) { (void)p; }
void f(void)
{
    int fine __attribute__((cleanup(takes_int_ptr)));
    int wrong_pointer __attribute__((cleanup(takes_double_ptr)));
    int none __attribute__((cleanup(takes_nothing)));
    int two __attribute__((cleanup(takes_two)));
    int integer __attribute__((cleanup(takes_int)));
    int undeclared __attribute__((cleanup(nowhere)));
    int variable __attribute__((cleanup(not_function)));
    int string __attribute__((cleanup("takes_int_ptr")));
    static int kept __attribute__((cleanup(takes_int_ptr)));
    int no_args __attribute__((cleanup()));
    int two_args __attribute__((cleanup(takes_int_ptr, takes_int)));
    register int in_register __attribute__((cleanup(takes_int_ptr)));
    (void)kept;
}
