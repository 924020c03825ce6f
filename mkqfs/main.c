/* main.c - mkqfs's command line: picks the command and hands it its arguments.
 * Exit status: 0 success (fsck: clean), 1 failure (fsck: problems found), 2 usage. */
#include "mkqfs.h"

#include "diag.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: mkqfs COMMAND IMAGE [ARGS]\n"
    "Creates, edits, inspects and checks QFS v2 disk images.\n"
    "\n"
    "  create IMAGE [--sectors N] [--from DIR]\n"
    "                     new image (default 1024 sectors; with --from and no --sectors,\n"
    "                     sized to hold DIR's tree plus 50 free sectors); copies DIR\n"
    "                     recursively, .qbin files marked executable\n"
    "  add IMAGE FILE [--name N] [--exec] [--to DIR]\n"
    "                     copies host FILE into directory DIR (default /)\n"
    "  mkdir IMAGE PATH   makes a directory (its parent must exist)\n"
    "  ls IMAGE [PATH]    lists a directory: type (d, x, -), name, size, first sector\n"
    "  cat IMAGE PATH [-o FILE]      writes a file's bytes to stdout (or FILE)\n"
    "  extract IMAGE PATH [-o FILE]  writes a file's bytes to FILE (default: its name)\n"
    "  rm IMAGE PATH      removes a file or an empty directory\n"
    "  dump IMAGE         superblock, FAT entries in use, directory tree\n"
    "  fsck IMAGE         checks every invariant; exit status 0 only when clean\n"
    "\n"
    "Paths use '/' (a leading '/' is optional). Aliases: list = ls, get = extract.\n"
    "Exit status: 0 success, 1 failure (or problems found by fsck), 2 usage error.\n";

int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("mkqfs: error: usage: mkqfs ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs("\n(see mkqfs --help)\n", stderr);
    va_end(ap);
    return 2;
}

bool parse_u32(const char *s, uint32_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *end || *s == '-' || v > UINT32_MAX)
        return false;
    *out = (uint32_t)v;
    return true;
}

static int run(int argc, char **argv)
{
    const char *cmd = argv[0];
    if (strcmp(cmd, "create") == 0)
        return cmd_create(argc, argv);
    if (strcmp(cmd, "add") == 0)
        return cmd_add(argc, argv);
    if (strcmp(cmd, "mkdir") == 0)
        return cmd_mkdir(argc, argv);
    if (strcmp(cmd, "ls") == 0 || strcmp(cmd, "list") == 0)
        return cmd_ls(argc, argv);
    if (strcmp(cmd, "cat") == 0)
        return cmd_extract(argc, argv, true);
    if (strcmp(cmd, "extract") == 0 || strcmp(cmd, "get") == 0)
        return cmd_extract(argc, argv, false);
    if (strcmp(cmd, "rm") == 0)
        return cmd_rm(argc, argv);
    if (strcmp(cmd, "dump") == 0)
        return cmd_dump(argc, argv);
    if (strcmp(cmd, "fsck") == 0)
        return cmd_fsck(argc, argv);
    return usage_error("COMMAND ... (unknown command '%s')", cmd);
}

int main(int argc, char **argv)
{
    diag_set_program("mkqfs");
    if (argc < 2)
        return usage_error("COMMAND IMAGE [ARGS]");
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("mkqfs %s (QFS version %d)\n", MKQFS_VERSION, QFS_VERSION);
        return 0;
    }
    opterr = 1;
    int status = run(argc - 1, argv + 1);
    diag_cleanup();
    return status;
}
