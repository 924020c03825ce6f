struct flags { unsigned ready : 1; };
int main(void)
{
    long long big = 5;
    switch (big) {
    case 5: return 1;
    }
    return 0;
}
