#!/usr/bin/env python3
"""run_error_test.py - compiles one malformed program (errors/NAME.c) with
`qcc-lite -Wall -S` (plus the options in errors/NAME.flags, if present) and compares
its diagnostics with errors/NAME.err exactly.
The exit status must be 1 if NAME.err contains an error, else 0.

usage: run_error_test.py QCC NAME [--update]
"""
import os
import subprocess
import sys


def main():
    qcc, name = sys.argv[1:3]
    errors = os.path.join(os.path.dirname(os.path.abspath(__file__)), "errors")
    flags_path = os.path.join(errors, name + ".flags")
    flags = open(flags_path).read().split() if os.path.exists(flags_path) else []
    r = subprocess.run([qcc, "-Wall"] + flags + ["-S", "-o", "/dev/null", name + ".c"],
                       cwd=errors,
                       capture_output=True, timeout=30)
    got = r.stderr.decode(errors="replace")
    path = os.path.join(errors, name + ".err")
    if "--update" in sys.argv:
        open(path, "w").write(got)
        return
    want = open(path).read()
    want_status = 1 if ": error: " in want else 0
    ok = True
    if got != want:
        print("diagnostics differ:\n--- expected\n" + want + "--- got\n" + got)
        ok = False
    if r.returncode != want_status:
        print("exit status %d, expected %d" % (r.returncode, want_status))
        ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
