/* GNU cast to a union: the operand's type must be one of the members' types */
union u { int i; float f; };
struct s { int a; };
int g;
union u bad_type(struct s x) { return (union u) x; }
union u bad_pointer(void) { return (union u) &g; }
union u good(int k) { return (union u) k; }
