/* output.c - writing an output file: atomically (common/util.h write_file: temporary file
 * + rename) for ordinary files, directly for existing non-regular files such as
 * /dev/null or /dev/stdout (renaming onto those would replace the device). */
#include "asm.h"
#include "util.h"

#include <stdio.h>
#include <sys/stat.h>

bool write_output(const char *path, const void *data, size_t len)
{
    struct stat st;
    if (stat(path, &st) != 0 || S_ISREG(st.st_mode))
        return write_file(path, data, len);
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, len, f) == len;
    return (fclose(f) == 0) && ok;
}
