/* console.c - the console: output through the debug-output device, input lines from the
 * debug-input device (interrupt 4 says a READ completed), and kprintf. Console text is
 * one code point per word (docs/syscalls.md). */
#include <stdarg.h>
#include "kernel.h"

#define LINE_MAX 256

int kernel_verbose;

static int out_buf[QPU_BUF_DATA + 0x100];
static int out_len;
static int in_buf[LINE_MAX + 1];
static int in_len;
static int in_pos;
static int in_pending;        /* a READ is in flight */
static int in_eof;

void console_init(void)
{
    out_len = 0;
    in_len = in_pos = 0;
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

/* Copies buffered input (at most one line, up to and including its newline). Returns
 * the count, 0 at end of input, or -1 when the caller must sleep on CHAN_CONSOLE. */
int console_read(char *dst, int len)
{
    int n = 0;
    if (in_pos < in_len) {
        while (n < len && in_pos < in_len) {
            int c = in_buf[in_pos++];
            dst[n++] = c;
            if (c == '\n')
                break;
        }
        return n;
    }
    if (in_eof)
        return 0;
    if (!in_pending) {
        int *w = (int *)debug_in;
        in_pending = 1;
        w[QPU_BUF_CONTROL] = QPU_BUF_READ;
        if (w[QPU_BUF_CONTROL] != QPU_BUF_PENDING)   /* leftover: completed at once */
            console_input_done();
        if (in_pos < in_len || in_eof)
            return console_read(dst, len);
    }
    return -1;
}

/* A READ completed (interrupt 4, or found complete by console_poll): take the line. */
void console_input_done(void)
{
    int *w = (int *)debug_in;
    if (!in_pending)
        return;
    in_pending = 0;
    if (w[QPU_BUF_CONTROL] == QPU_BUF_READY) {
        int n = w[QPU_BUF_SIZE];
        if (n > LINE_MAX)
            n = LINE_MAX;
        kmemcpy(in_buf, w + QPU_BUF_DATA, n);
        if (n < w[QPU_BUF_CAPACITY])
            in_buf[n++] = '\n';
        in_len = n;
        in_pos = 0;
    } else {
        in_eof = 1;
    }
    wakeup(CHAN_CONSOLE);
}

/* Completion that happened while interrupts were masked raised no interrupt. */
void console_poll(void)
{
    int *w = (int *)debug_in;
    if (in_pending && w[QPU_BUF_CONTROL] != QPU_BUF_PENDING)
        console_input_done();
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
