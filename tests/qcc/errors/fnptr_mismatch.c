/* Diagnostics name function types with their parameters: prototyped, variadic,
   taking no arguments, and old-style. */
void take_int(int a) { (void)a; }
int take_many(const char *s, ...) { return s != 0; }
int take_none(void) { return 0; }
int oldstyle();

void (*to_float)(float);
long (*to_long)(char *, int);

int main(void)
{
    to_float = take_int;
    to_long = take_many;
    to_long = take_none;
    to_float = oldstyle;
    to_float = 0;
    return 0;
}
