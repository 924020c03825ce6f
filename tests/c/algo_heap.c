/* A binary min-heap priority queue and heap sort. */
#include "print.h"

static int heap[64], size;

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }

static void push(int v)
{
    int i = size++;
    heap[i] = v;
    while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
        swap(&heap[(i - 1) / 2], &heap[i]);
        i = (i - 1) / 2;
    }
}

static int pop(void)
{
    int top = heap[0];
    heap[0] = heap[--size];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < size && heap[l] < heap[m]) m = l;
        if (r < size && heap[r] < heap[m]) m = r;
        if (m == i) break;
        swap(&heap[i], &heap[m]);
        i = m;
    }
    return top;
}

int main(void)
{
    int data[] = {42, 7, 19, -3, 88, 0, 7, 23, 5, 61, -17, 30};
    for (int i = 0; i < 12; i++)
        push(data[i]);
    int prev = -1000, ok = 1;
    while (size) {
        int v = pop();
        if (v < prev) ok = 0;
        prev = v;
        print_int(v);
        print_char(size ? ' ' : '\n');
    }
    print_int(ok); print_char('\n');
    return ok;
}
