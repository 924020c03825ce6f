/* Global structs and arrays of structs updated by several functions (module state). */
#include "print.h"

struct account { int id; int balance; int ops; };
static struct account accounts[4] = {{1, 100, 0}, {2, 50, 0}, {3, 0, 0}, {4, 1000, 0}};
static struct { int transfers; int failures; } stats;

static struct account *find(int id)
{
    for (int i = 0; i < 4; i++)
        if (accounts[i].id == id)
            return &accounts[i];
    return 0;
}

static int transfer(int from, int to, int amount)
{
    struct account *a = find(from), *b = find(to);
    if (!a || !b || a->balance < amount) {
        stats.failures++;
        return 0;
    }
    a->balance -= amount;
    b->balance += amount;
    a->ops++;
    b->ops++;
    stats.transfers++;
    return 1;
}

int main(void)
{
    transfer(1, 2, 30);
    transfer(2, 3, 80);
    transfer(4, 1, 500);
    transfer(3, 9, 1);
    transfer(3, 4, 81);
    for (int i = 0; i < 4; i++) {
        print_int(accounts[i].id); print_char(':'); print_int(accounts[i].balance);
        print_char('/'); print_int(accounts[i].ops); print_char(' ');
    }
    print_char('\n');
    print_int(stats.transfers); print_int(stats.failures); print_char('\n');
    return stats.transfers;
}
