/* Calls with thirty arguments (22 on the stack), including calls as arguments. */
#include "print.h"
int f(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15, int a16, int a17, int a18, int a19, int a20, int a21, int a22, int a23, int a24, int a25, int a26, int a27, int a28, int a29) { return a0*1 + a1*2 + a2*3 + a3*4 + a4*5 + a5*6 + a6*7 + a7*8 + a8*9 + a9*10 + a10*11 + a11*12 + a12*13 + a13*14 + a14*15 + a15*16 + a16*17 + a17*18 + a18*19 + a19*20 + a20*21 + a21*22 + a22*23 + a23*24 + a24*25 + a25*26 + a26*27 + a27*28 + a28*29 + a29*30;
}
int g(int x) { return x;
}
int main(void) {
    int x = 1;
    print_int(f(0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29));
    print_char('\n');
    return f(x+0, x+1, x+2, x+3, x+4, x+5, x+6, x+7, x+8, x+9, x+10, x+11, x+12, x+13, x+14, x+15, x+16, x+17, x+18, x+19, x+20, x+21, x+22, x+23, x+24, x+25, x+26, x+27, x+28, x+29) + f(g(0), g(1), g(2), g(3), g(4), g(5), g(6), g(7), g(8), g(9), g(10), g(11), g(12), g(13), g(14), g(15), g(16), g(17), g(18), g(19), g(20), g(21), g(22), g(23), g(24), g(25), g(26), g(27), g(28), g(29)) ;
}
