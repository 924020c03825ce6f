/* fuzz_mkqfs.c - fuzzes mkqfs: the input is a disk image, checked (fsck), listed, dumped,
 * then edited (add, mkdir, rm; each refuses an image fsck finds unclean) through mkqfs's
 * own main(). */
#include "harness.h"

#include <stdio.h>
#include <string.h>

int mkqfs_main(int argc, char **argv);

static void mkqfs(const char *a, const char *b, const char *c, const char *d, const char *e)
{
    const char *argv[] = {"mkqfs", a, b, c, d, e, NULL};
    int argc = 1;
    while (argc < 6 && argv[argc])
        argc++;
    fuzz_run_main(mkqfs_main, argc, argv);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char host[128];
    if (!host[0]) {
        snprintf(host, sizeof host, "%s", fuzz_write("host.txt", "hello\n", 6));
    }
    char img[128];
    snprintf(img, sizeof img, "%s", fuzz_write("img.qfs", data, size));
    mkqfs("fsck", img, NULL, NULL, NULL);
    mkqfs("ls", img, "/", NULL, NULL);
    mkqfs("dump", img, NULL, NULL, NULL);
    mkqfs("cat", img, "/bin", "-o", "/dev/null");
    mkqfs("add", img, host, "--name", "fz");
    mkqfs("mkdir", img, "/d", NULL, NULL);
    mkqfs("rm", img, "/fz", NULL, NULL);
    mkqfs("rm", img, "/d", NULL, NULL);
    return 0;
}
