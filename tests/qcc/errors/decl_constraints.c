/* C11 constraints on declarations: an enumerator declared twice in one scope
   (6.7.2.2p3 with 6.7p3), storage classes on parameters (6.7.1p2), restrict on what
   is not a pointer (6.7.3p2), _Atomic arrays and bit-fields, and a flexible array
   member with no named member before it (6.7.2.1p18). */
enum colour { RED, GREEN };
enum mood { CALM, RED };
int BLUE;
enum shade { BLUE };

int f(static int a, extern int b, register int c, auto int d);
int g(_Thread_local int e);

int restrict not_a_pointer;
typedef int *int_ptr;
int_ptr restrict fine;
int *restrict also_fine[2];
typedef int triple[3];
_Atomic triple atomic_array;
_Atomic int atomic_fine;

struct flags {
    _Atomic unsigned busy : 1;
    unsigned ok : 1;
};

struct only_tail {
    int items[];
};

struct with_head {
    int n;
    int items[];
};

int main(void)
{
    enum { LOCAL, LOCAL };
    float restrict r = 0;
    return RED + GREEN + CALM + LOCAL + (int)r;
}
