/* VLAs in structs (a GNU extension) are not supported: diagnosed, not mis-laid out. */
int f(int n)
{
    typedef int row[n];
    struct grid { int rows; row cells[n]; } g;
    struct line { int len; int data[n]; } l;
    return sizeof g + sizeof l;
}
