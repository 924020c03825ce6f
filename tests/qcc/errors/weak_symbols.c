/* Weak symbols need external linkage; the weak-alias form of #pragma weak is not
 * supported. */
static int hidden __attribute__((weak)) = 1;
static void helper(void) __attribute__((weak));
int target;
#pragma weak other = target
int main(void)
{
    helper();
    return hidden;
}
static void helper(void) {}
