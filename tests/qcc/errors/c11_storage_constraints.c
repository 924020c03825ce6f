/* C11 constraints on storage and compound literals: _Thread_local names objects only
   (6.7.1p4) and a compound literal may not have a variable length array type (6.5.2.5p1). */
_Thread_local int counter;
_Thread_local int helper(void);
_Thread_local void worker(void) {}

int sum(int n)
{
    _Thread_local int local_fn(int);
    int *row = (int[n]){0};
    int (*fine)[n] = 0;
    return row[0] + (fine != 0);
}
