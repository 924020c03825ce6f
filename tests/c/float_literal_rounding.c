/* float_literal_rounding.c - decimal floating constants are rounded once, to binary32
 * (every floating type here): a value just below, at and just above a halfway point
 * between two floats, in the subnormal range and near FLT_MAX, rounds as the exact
 * decimal value says (rounding through binary64 first gets some of these wrong).
 * Host gcc, whose float is binary32 too, is the oracle. */
#include "show.h"

static const float below_min = 7.0064923216240853546186479164495806564013097093825788587853414194489554134293030074331909418106079101562499e-46f;
static const float half_min = 7.0064923216240853546186479164495806564013097093825788587853414194489554134293030074331909418106079101562500e-46f;
static const float above_min = 7.0064923216240853546186479164495806564013097093825788587853414194489554134293030074331909418106079101562501e-46f;
static const float below_3 = 2.1019476964872256063855943749348741969203929128147736576356024258346866240287909022299572825431823730468749e-45f;
static const float half_3 = 2.1019476964872256063855943749348741969203929128147736576356024258346866240287909022299572825431823730468750e-45f;
static const float above_3 = 2.1019476964872256063855943749348741969203929128147736576356024258346866240287909022299572825431823730468751e-45f;
static const float below_big = 1.70141193601674033557522515689509748735999e+38f;
static const float half_big = 1.70141193601674033557522515689509748736e+38f;
static const float above_big = 1.70141193601674033557522515689509748736001e+38f;

int main(void)
{
    show("below min", below_min == 0);
    show("half min", half_min == 0);
    show("above min", above_min == 0x1p-149f);
    show("below 3", below_3 == 0x1p-149f);
    show("half 3", half_3 == 0x2p-149f);
    show("above 3", above_3 == 0x2p-149f);
    show("below big", below_big == 0x1p127f);
    show("half big", half_big == 0x1p127f);
    show("above big", above_big == 0x1.000002p127f);
    volatile float v = 1.70141193601674033557522515689509748736001e+38f;
    show("at run time", v == 0x1.000002p127f);
    show("0.1f", 0.1f == 0x1.99999ap-4f);
    show("FLT_MAX", 3.40282347e+38f == 0x1.fffffep127f);
    return 0;
}
