#!/usr/bin/env python3
"""fs_write.py BUILD_DIR - cycles the kernel takes to write a 256 KiB file (issue 14):
`wr256 /big 256 4096` (tests/kernel/progs/wr256.c: 64 write calls of 4 KiB, then close)
run from the shell on a fresh copy of the default image. The figure is the difference of
qvm's cycle counts (`qvm -s`, deterministic) between a session that runs it and one
that runs `wr256 /big 0` (same program, nothing written), so boot and start-up cancel
out. Also reported for 512-byte writes."""
import os
import shutil
import subprocess
import sys
import tempfile

from qvm_session import session_cycles


def cycles(qvm, kernel, image, mkqfs, prog, line, tmp):
    disk = os.path.join(tmp, "disk.qfs")
    shutil.copyfile(image, disk)
    subprocess.run([mkqfs, "add", disk, prog, "--name", "wr256.qbin", "--exec", "--to", "/bin"], check=True,
                   capture_output=True)
    return session_cycles(qvm, kernel, disk, line, failed_if="usage")


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BUILD", "build")
    qvm = os.path.join(build, "qvm", "qvm")
    kernel = os.path.join(build, "kernel", "kernel.qbin")
    image = os.path.join(build, "image", "disk.qfs")
    mkqfs = os.path.join(build, "mkqfs", "mkqfs")
    prog = os.path.join(build, "tests", "kernel", "kernel_test_wr256.qbin")
    with tempfile.TemporaryDirectory() as tmp:
        base = cycles(qvm, kernel, image, mkqfs, prog, "wr256 /big 0", tmp)
        for chunk in (4096, 512):
            full = cycles(qvm, kernel, image, mkqfs, prog, "wr256 /big 256 %d" % chunk, tmp)
            print("write_256k_chunk%d_cycles: %d" % (chunk, full - base))


if __name__ == "__main__":
    main()
