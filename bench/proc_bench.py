#!/usr/bin/env python3
"""proc_bench.py BUILD_DIR - cycles the kernel takes per process operation (issue 12):
fork+wait, fork+execve+wait of /bin/hello.qbin, and the old spawn system call + wait of
the same program, each measured by `usertests --bench-KIND N [PATH]` (bin/usertests/
helpers.c) run from the shell on a fresh copy of the default image. The figure is
(cycles for N = 20 minus cycles for N = 0) / 20 from `qvm -s` (deterministic), so boot
and start-up cancel out."""
import os
import shutil
import sys
import tempfile

from qvm_session import session_cycles

ROUNDS = 20


def cycles(qvm, kernel, image, line, tmp):
    disk = os.path.join(tmp, "disk.qfs")
    shutil.copyfile(image, disk)
    # /bin/sh says nothing when a program fails: the line echoes its status
    return session_cycles(qvm, kernel, disk, line + "; echo bench-status $?",
                          required="bench-status 0")


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BUILD", "build")
    qvm = os.path.join(build, "qvm", "qvm")
    kernel = os.path.join(build, "kernel", "kernel.qbin")
    image = os.path.join(build, "image", "disk.qfs")
    with tempfile.TemporaryDirectory() as tmp:
        for kind, path in (("fork", ""), ("fork-exec", "/bin/hello.qbin"),
                           ("spawn", "/bin/hello.qbin")):
            line = "run /bin/usertests.qbin --bench-%s %%d %s" % (kind, path)
            base = cycles(qvm, kernel, image, line % 0, tmp)
            full = cycles(qvm, kernel, image, line % ROUNDS, tmp)
            print("%s_wait_cycles: %d" % (kind.replace("-", "_"), (full - base) // ROUNDS))


if __name__ == "__main__":
    main()
