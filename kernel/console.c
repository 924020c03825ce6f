/* console.c - console output through the debug-output device, and kprintf. Console
 * text is one code point per word (docs/syscalls.md). Input, and the terminal's modes,
 * are tty.c's. */
#include <stdarg.h>
#include "kernel.h"

int kernel_verbose;

static int out_buf[QPU_BUF_DATA + 0x100];
static int out_len;

void console_init(void)
{
    out_len = 0;
    tty_init();
}

/* Sends what is buffered as one message. The device takes a message at a time; it is
 * only waited for when the previous message is still in flight. */
void console_flush(void)
{
    int *w = (int *)debug_out;
    if (out_len == 0)
        return;
    if (w[QPU_BUF_CONTROL] == QPU_BUF_PENDING) {
        timer_pause();
        while (w[QPU_BUF_CONTROL] == QPU_BUF_PENDING)
            ;
        timer_resume();
    }
    kmemcpy(w + QPU_BUF_DATA, out_buf, out_len);
    w[QPU_BUF_SIZE] = out_len;
    w[QPU_BUF_CONTROL] = QPU_BUF_WRITE;
    out_len = 0;
}

void console_putc(int c)
{
    int *w = (int *)debug_out;
    if (out_len >= w[QPU_BUF_CAPACITY])
        console_flush();
    if (c < 0 || c > 0x10FFFF)
        c = 0xFFFD;
    out_buf[out_len++] = c;
}

void console_puts(const char *s)
{
    while (*s)
        console_putc(*s++);
}

static void put_number(unsigned value, int base, int width, int pad, int negative)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value);
    if (negative)
        digits[n++] = '-';
    while (width-- > n)
        console_putc(pad);
    while (n > 0)
        console_putc(digits[--n]);
}

/* printf for the kernel: %d %u %x %c %s %%, with an optional 0 flag and width. */
void kprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        int pad = ' ', width = 0;
        if (*fmt != '%') {
            console_putc(*fmt);
            continue;
        }
        fmt++;
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        if (*fmt == 'd') {
            int v = va_arg(ap, int);
            put_number(v < 0 ? -(unsigned)v : (unsigned)v, 10, width, pad, v < 0);
        } else if (*fmt == 'u') {
            put_number(va_arg(ap, unsigned), 10, width, pad, 0);
        } else if (*fmt == 'x') {
            put_number(va_arg(ap, unsigned), 16, width, pad, 0);
        } else if (*fmt == 'c') {
            console_putc(va_arg(ap, int));
        } else if (*fmt == 's') {
            const char *s = va_arg(ap, const char *);
            int n = kstrlen(s);
            while (width-- > n)
                console_putc(' ');
            console_puts(s);
        } else if (*fmt) {
            console_putc(*fmt);
        } else {
            break;
        }
    }
    va_end(ap);
}
