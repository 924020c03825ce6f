/* Section placement: check_sections.py compiles this with -S and checks that every
 * object named ro_* lands in .rodata, rw_* in .data, bss_* in .bss, and every
 * string literal in .rodata. */
const int ro_x = 5;
int rw_y = 3;
int bss_z;
const char ro_msg[] = "hi";
const char *rw_p = "literal";
const char *const ro_tbl[] = {"a", "b"};
const struct { int a, b; } ro_pair = {1, 2};
typedef int row[2];
const row ro_rows[2] = {{1, 2}, {3, 4}};
volatile const int rw_device_mirror = 1;
char rw_buf[] = "writable";
static const int ro_static = 7;

int main(void)
{
    static const char ro_local[] = "local";
    static int rw_count = 1;
    const char *s = "in function";
    return ro_x + rw_y + bss_z + ro_msg[0] + rw_p[0] + ro_tbl[1][0] + ro_pair.b +
           ro_rows[1][1] + rw_device_mirror + rw_buf[0] + ro_static + ro_local[0] +
           rw_count + s[0];
}
