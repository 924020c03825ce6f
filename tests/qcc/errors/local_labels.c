/* GNU __label__: only at the start of a block, never at file scope. */
__label__ file_scope;

int labels(int n)
{
    __label__ ok;
    n++;
    __label__ late;
ok:
    return n;
}
