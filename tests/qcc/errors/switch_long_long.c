/* switch on long long: duplicates are found by the full 64-bit value (cases that differ
 * only in the high word are not duplicates), ranges overlap by 64-bit order, and an
 * unsigned long long range is ordered as unsigned. */
int f(long long big, unsigned long long u)
{
    switch (big) {
    case 5: return 1;
    case 0x100000005LL: return 2;
    case 0x500000000LL: return 3;
    case 0x100000005LL: return 4;
    case -0x100000000LL ... -0xFFFFFFFFLL: return 5;
    case -0xFFFFFFFFLL: return 6;
    case 0x7FFFFFFFFFFFFFFFLL: return 7;
    case -1: return 8;
    }
    switch (u) {
    case 0xFFFFFFFFFFFFFFFFULL: return 1;
    case 0x8000000000000000ULL ... 0xFFFFFFFFFFFFFFFEULL: return 2;
    case 0x9000000000000000ULL: return 3;
    case 0xFFFFFFFFFFFFFFFFULL ... 0: return 4;
    case 1: return 5;
    case -1: return 6;
    }
    return 0;
}
