/* helper.h - found through -I inc. */
int helper(int x);
