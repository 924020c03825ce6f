/* qpu/inputs.h - the loop of every filter tool (cat, wc, sort, cut, ...): each file
 * operand, or standard input when there is none, opened for reading and handed to a
 * function. A QPU extension of libc (user target). */
#ifndef _QPU_INPUTS_H
#define _QPU_INPUTS_H

#include <stdio.h>

/* Called once per input: f is open (stdin for "-" or when there are no operands), or
 * NULL when the operand could not be opened and the caller asked to see that (errno
 * says why); name is the operand, or NULL for the standard input given by default;
 * index counts the operands from 0. Returns a status to OR into the result, or a
 * negative value to stop at once (qpu_each_input returns its negation). */
typedef int (*qpu_input_fn)(FILE *f, const char *name, int index, void *context);

/* Runs fn over argv[first..argc-1] (stdin alone when first >= argc). A file that cannot
 * be opened is reported with fprintf(stderr, open_error, name, strerror(errno)) and
 * adds 1 to the status; with open_error NULL, fn is called with f NULL instead. Files
 * are closed after fn. Returns the OR of the statuses. */
int qpu_each_input(int argc, char **argv, int first, const char *open_error,
                   qpu_input_fn fn, void *context);

#endif
