struct point { int x, y; };
struct point;
union u { int a; int a; };
int main(void)
{
    struct point p = {1, 2};
    int i = p;
    p.z = 1;
    p->x = 2;
    struct undefined *q = 0;
    return q->field + i.x;
}
