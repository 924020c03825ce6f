/* display_file.c - frames as image files: binary PPM (P6) and PNG (stored, i.e.
 * uncompressed deflate blocks: no library needed), and the --display-file output that
 * rewrites its file with every shown frame. Pixels are 0xAARRGGBB (alpha ignored). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "display.h"
#include "util.h"

static void rgb_row(const uint32_t *pixels, uint32_t w, unsigned char *dst)
{
    for (uint32_t x = 0; x < w; x++) {
        dst[3 * x] = (unsigned char)(pixels[x] >> 16);
        dst[3 * x + 1] = (unsigned char)(pixels[x] >> 8);
        dst[3 * x + 2] = (unsigned char)pixels[x];
    }
}

void image_ppm(const uint32_t *pixels, uint32_t w, uint32_t h, unsigned char **data,
               size_t *len)
{
    char header[48];
    int n = snprintf(header, sizeof header, "P6\n%u %u\n255\n", (unsigned)w, (unsigned)h);
    size_t body = (size_t)w * h * 3;
    unsigned char *out = xmalloc((size_t)n + body);
    memcpy(out, header, (size_t)n);
    for (uint32_t y = 0; y < h; y++)
        rgb_row(pixels + (size_t)y * w, w, out + n + (size_t)y * w * 3);
    *data = out;
    *len = (size_t)n + body;
}

/* ---- PNG ---- */

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n)
{
    static uint32_t table[256];
    if (!table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
    crc = ~crc;
    for (size_t i = 0; i < n; i++)
        crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static void put_be32(struct buf *b, uint32_t v)
{
    unsigned char q[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 8), (unsigned char)v};
    buf_append(b, q, 4);
}

static void chunk(struct buf *b, const char *type, const unsigned char *data, size_t n)
{
    put_be32(b, (uint32_t)n);
    size_t start = b->len;
    buf_append(b, type, 4);
    if (n)
        buf_append(b, data, n);
    put_be32(b, crc32_update(0, b->data + start, n + 4));
}

/* A zlib stream of stored deflate blocks holding raw. */
static void zlib_stored(struct buf *z, const unsigned char *raw, size_t n)
{
    const unsigned char header[2] = {0x78, 0x01};
    buf_append(z, header, 2);
    size_t off = 0;
    do {
        size_t len = n - off < 65535 ? n - off : 65535;
        unsigned char block[5] = {off + len == n, (unsigned char)len,
                                  (unsigned char)(len >> 8), (unsigned char)~len,
                                  (unsigned char)(~len >> 8)};
        buf_append(z, block, 5);
        if (len)
            buf_append(z, raw + off, len);
        off += len;
    } while (off < n);
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + raw[i]) % 65521;
        b = (b + a) % 65521;
    }
    put_be32(z, b << 16 | a);
}

void image_png(const uint32_t *pixels, uint32_t w, uint32_t h, unsigned char **data,
               size_t *len)
{
    size_t row = (size_t)w * 3 + 1, n = row * h;
    unsigned char *raw = xmalloc(n ? n : 1);
    for (uint32_t y = 0; y < h; y++) {
        raw[y * row] = 0; /* filter: none */
        rgb_row(pixels + (size_t)y * w, w, raw + y * row + 1);
    }
    struct buf png = {0}, z = {0};
    buf_append(&png, "\x89PNG\r\n\x1a\n", 8);
    unsigned char ihdr[13] = {0};
    for (int i = 0; i < 4; i++) {
        ihdr[i] = (unsigned char)(w >> (24 - 8 * i));
        ihdr[4 + i] = (unsigned char)(h >> (24 - 8 * i));
    }
    ihdr[8] = 8; /* bit depth */
    ihdr[9] = 2; /* colour type: RGB */
    chunk(&png, "IHDR", ihdr, sizeof ihdr);
    zlib_stored(&z, raw, n);
    chunk(&png, "IDAT", z.data, z.len);
    chunk(&png, "IEND", NULL, 0);
    free(raw);
    buf_free(&z);
    *data = png.data;
    *len = png.len;
}

/* ---- --display-file ---- */

struct file_out {
    struct display_out base;
    char *path;
    bool png;
};

static bool file_show(struct display_out *out, const uint32_t *pixels, uint32_t w,
                      uint32_t h, char *err, size_t errlen)
{
    struct file_out *f = (struct file_out *)out;
    unsigned char *data;
    size_t len;
    (f->png ? image_png : image_ppm)(pixels, w, h, &data, &len);
    bool ok = write_file(f->path, data, len);
    if (!ok)
        snprintf(err, errlen, "--display-file: cannot write %s: %s", f->path, strerror(errno));
    free(data);
    return ok;
}

static void file_destroy(struct display_out *out)
{
    struct file_out *f = (struct file_out *)out;
    free(f->path);
    free(f);
}

struct display_out *display_file_new(const char *path)
{
    struct file_out *f = xcalloc(1, sizeof *f);
    size_t n = strlen(path);
    f->path = xstrdup(path);
    f->png = n >= 4 && strcasecmp(path + n - 4, ".png") == 0;
    f->base.show = file_show;
    f->base.destroy = file_destroy;
    f->base.idle_fd = -1;
    return &f->base;
}
