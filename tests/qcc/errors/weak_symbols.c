/* Weak symbols need external linkage; the alias form of #pragma weak needs a declared
 * target of the same kind; a malformed #pragma weak is warned about. */
static int hidden __attribute__((weak)) = 1;
static void helper(void) __attribute__((weak));
int target;
void other(void);
#pragma weak other = target
#pragma weak other =
#pragma weak
int main(void)
{
    helper();
    return hidden;
}
static void helper(void) {}
