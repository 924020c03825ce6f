/* C89 implicit int in a function definition: accepted with gcc's warning. */
twice(x) { return 2 * x; }
static scaled(x, k) int k; { return x * k; }
main() { return twice(3) + scaled(1, 2); }
