#!/usr/bin/env python3
"""check_program_sizes.py LIMIT HELLO.qbin [OTHER.qbin ...] - the issue's size target:
hello.qbin (the first file) must be at most LIMIT bytes. Prints the size of every
program given (the bin/ programs) so the figures show in the test log, and fails on a
program that is missing or empty."""
import os
import sys


def main():
    limit, programs = int(sys.argv[1]), sys.argv[2:]
    status = 0
    for path in dict.fromkeys(programs):
        size = os.path.getsize(path) if os.path.exists(path) else 0
        print("%-20s %6d bytes" % (os.path.basename(path), size))
        if size == 0:
            print("error: %s is missing or empty" % path)
            status = 1
    hello = os.path.getsize(programs[0]) if os.path.exists(programs[0]) else 0
    if hello > limit:
        print("error: %s is %d bytes, over the %d-byte target"
              % (programs[0], hello, limit))
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
