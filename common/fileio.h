/* fileio.h - the host tools' one rule for input and output files (issue 17):
 *
 *  - inputs are read by read_input(): regular files only (standard input "-" and pipes
 *    only where the tool documents them), never more than a bound the tool derives from
 *    what it can use, with an error naming the file otherwise;
 *  - before anything is written, outputs_clash() refuses an output that names the same
 *    file as an input (same device and inode, links resolved): "output 'x' is also an
 *    input";
 *  - outputs are written by write_file() (util.h): a temporary file in the same
 *    directory renamed into place, so a failed run leaves any old output untouched;
 *    devices (/dev/null, /dev/stdout) are written in place.
 * Errors are reported with diag_error() ("TOOL: error: ...").
 */
#ifndef QPU_FILEIO_H
#define QPU_FILEIO_H

#include <stdbool.h>
#include <stddef.h>

/* read_input() flags. */
#define INPUT_STREAMS 1u /* "-" reads standard input; pipes (FIFOs) are accepted */

/* Reads the whole of `path` into a NUL-terminated buffer (its length in *len), refusing
 * anything but a regular file (or a stream, with INPUT_STREAMS) and anything longer than
 * `limit` bytes. On failure reports "cannot read 'path': reason" and returns NULL. */
char *read_input(const char *path, size_t limit, unsigned flags, size_t *len);

/* The same without a report: on failure, NULL and the reason in why[why_size]. */
char *read_input_quiet(const char *path, size_t limit, unsigned flags, size_t *len,
                       char *why, size_t why_size);

/* True (after reporting "output 'x' is also an input", or "output 'x' is given twice")
 * when one of the outputs names the same file as one of the inputs or as another
 * output. NULL entries are skipped; "-" is standard input / standard output. */
bool outputs_clash(const char *const *outputs, size_t noutputs, const char *const *inputs,
                   size_t ninputs);

/* The common case: one output against the inputs. */
bool output_is_input(const char *output, const char *const *inputs, size_t ninputs);

#endif
