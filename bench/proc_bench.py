#!/usr/bin/env python3
"""proc_bench.py BUILD_DIR - cycles the kernel takes per process operation (issue 12):
fork+wait, fork+execve+wait of /bin/hello.qbin, and the old spawn system call + wait of
the same program, each measured by `usertests --bench-KIND N [PATH]` (bin/usertests/
helpers.c) run from the shell on a fresh copy of the default image. The figure is
(cycles for N = 20 minus cycles for N = 0) / 20 from `qvm -s` (deterministic), so boot
and start-up cancel out."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROUNDS = 20


def cycles(qvm, kernel, image, line, tmp):
    disk = os.path.join(tmp, "disk.qfs")
    shutil.copyfile(image, disk)
    run = subprocess.run([qvm, "-s", kernel, "--disk", disk], input=line + "\n",
                         capture_output=True, text=True, timeout=300)
    found = re.search(r"cycles: (\d+)", run.stderr)
    if not found or "exit status" in run.stdout:
        sys.exit("bench: %r failed:\n%s%s" % (line, run.stdout, run.stderr))
    return int(found.group(1))


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
