struct pair { int a, b; };
struct pair pr;
double d;
int main(int n)
{
    int v = 0;
    __atomic_fetch_add(&pr, 1, __ATOMIC_SEQ_CST);
    __atomic_load_n(&d, 0);
    __sync_fetch_and_add(v, 1);
    __atomic_store_n(&v, 1);
    __sync_val_compare_and_swap(&v, 1);
    __atomic_always_lock_free(n, 0);
    __atomic_test_and_set(v, 0);
    return __atomic_fetch_or(&v);
}
