/* typedef names: shadowed by variables and redeclared as typedefs in inner scopes,
 * typedefs of arrays, pointers and structs, typedef used before and after shadowing. */
#include "print.h"

typedef int num;
typedef num vec3[3];
typedef struct node { num v; struct node *next; } node, *node_ptr;
typedef const char *str;

static num total(vec3 v) { return v[0] + v[1] + v[2]; }

int main(void)
{
    vec3 v = {1, 2, 3};
    print_int(total(v)); print_char('\n');
    node a = {5, 0};
    node_ptr p = &a;
    print_int(p->v); print_char('\n');
    {
        int num = 40;              /* a variable shadows the typedef */
        print_int(num + 2); print_char('\n');
    }
    num after = 7;                 /* the typedef is visible again */
    {
        typedef char num;          /* redeclared as another typedef */
        num c = 'z';
        print_char(c); print_char('\n');
    }
    str s = "typedef'd";
    print_str(s); print_char('\n');
    print_int(sizeof(vec3) / sizeof(num)); print_char('\n');
    return after;
}
