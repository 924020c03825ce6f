#!/usr/bin/env python3
"""check_code_protection.py QVM KERNEL IMAGE FAULT.qbin - with the executable header of
docs/kernel.md (magic "QPUX" at word 3 of a user .qbin, written by crt0), a program's
code is mapped without Write: `fault code` (a store into main) is killed with a memory
fault and the shell goes on. Without the header (crt0 not updated yet) the kernel maps
the program R W X, and this test is skipped (exit 77)."""
import shutil
import struct
import subprocess
import sys
import tempfile
import os

MAGIC = 0x51505558


def main():
    qvm, kernel, image, fault = sys.argv[1:5]
    with open(fault, "rb") as f:
        head = f.read(28)
    if len(head) < 28 or struct.unpack("<7I", head)[3] != MAGIC:
        print("skipped: user programs have no executable header yet (libc crt0)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        disk = os.path.join(tmp, "disk.qfs")
        shutil.copyfile(image, disk)
        run = subprocess.run([qvm, kernel, "--disk", disk], input="fault code\nhello\n",
                             capture_output=True, text=True, timeout=30)
    if (run.returncode != 0 or "killed: memory fault at 0x" not in run.stdout
            or "Hello from userspace!" not in run.stdout):
        print("status %d, output:\n%s" % (run.returncode, run.stdout))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
