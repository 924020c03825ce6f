/* extern declarations before definitions, tentative definitions, block-scope extern. */
#include "print.h"

extern int shared;
extern int table[];
int tentative;
int tentative;
static int helper(void);

int use_shared(void) { return shared * 2; }

int main(void)
{
    extern int late;
    print_int(use_shared()); print_int(table[2]); print_int(tentative); print_int(late);
    print_char('\n');
    shared = 7;
    print_int(use_shared()); print_int(helper()); print_char('\n');
    return late;
}

int shared = 21;
int table[] = {5, 6, 7};
int late = 9;
static int helper(void) { return table[0] + tentative; }
