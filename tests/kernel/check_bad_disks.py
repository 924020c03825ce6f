#!/usr/bin/env python3
"""check_bad_disks.py QVM KERNEL IMAGE - the kernel meets bad disks without crashing or
hanging: a disk that is not QFS (all zeros) is reported, the built-in shell takes over
(no /bin/sh) and file commands fail with a message; on an image whose FAT links the root
directory to itself (a cycle) /bin/sh starts, `ls` (each walk stops after as many steps
as the disk has sectors) ends with a message and the shell goes on; running a text file
is refused."""
import os
import shutil
import struct
import subprocess
import sys
import tempfile


def boot(qvm, kernel, disk, text):
    run = subprocess.run([qvm, kernel, "--disk", disk], input=text, capture_output=True,
                         text=True, timeout=30)
    return run.returncode, run.stdout


def main():
    qvm, kernel, image = sys.argv[1:4]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        zeros = os.path.join(tmp, "zeros.img")
        with open(zeros, "wb") as f:
            f.write(bytes(512 * 64))
        status, out = boot(qvm, kernel, zeros, "ls\ncat /x\necho alive\n")
        expected = ("QPU kernel: 4194304 words of memory\n"
                    "[kernel] the disk is not a QFS v2 file system\n"
                    "[kernel] cannot start /bin/sh: no file system\n"
                    "[kernel] using the built-in shell (`help` lists its commands)\n"
                    "$ .: no file system\n$ /x: no file system\n$ alive\n$ \n")
        if status != 0 or out != expected:
            problems.append("zero disk: status %d, output %r" % (status, out))

        cyclic = os.path.join(tmp, "cyclic.qfs")
        shutil.copyfile(image, cyclic)
        with open(cyclic, "r+b") as f:
            sb = struct.unpack("<128I", f.read(512))
            root, fat_start = sb[6], sb[4]
            f.seek(512 * (fat_start + root // 128) + 4 * (root % 128))
            f.write(struct.pack("<I", root))          # root -> root: a cycle
        status, out = boot(qvm, kernel, cyclic, "ls\ntouch /new\nrun /poem.txt\necho alive\n")
        if (status != 0 or "ls: .: out of memory after" not in out or "killed" in out
                or not out.endswith("sh: /poem.txt: not an executable for this system "
                                    "(build it with qcc-lite --target=user)\n$ alive\n$ \n")):
            problems.append("cyclic root: status %d, output %r" % (status, out))
    if problems:
        print("\n".join(problems))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
