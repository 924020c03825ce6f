#!/usr/bin/env python3
"""check_code_protection.py QVM KERNEL IMAGE MKQFS FAULT.qbin HELLO.qbin - the executable
header of docs/kernel.md (words 3-6 of a user .qbin, written by libc's crt0) and what
the kernel makes of it:
  - both programs carry it, ordered and inside the file's address range;
  - `fault code` (a store into main) is killed with a memory fault, the shell goes on;
  - copies of hello with a broken header (bounds out of order, past the stack, .bss
    ending inside the file) are refused as "not an executable", and the intact hello
    still runs after them."""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

MAGIC = 0x51505558
BASE = 0x1000


def header(path):
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 28:
        return None, data
    return struct.unpack("<7I", data[:28]), data


def check_header(path, problems):
    words, data = header(path)
    if words is None or words[3] != MAGIC:
        problems.append("%s: no executable header (magic at word 3)" % path)
        return None
    text_end, data_start, end = words[4:7]
    if not BASE < text_end <= data_start <= end or end < BASE + len(data) // 4:
        problems.append("%s: header out of order: %x %x %x" % (path, text_end,
                                                               data_start, end))
    return data


def broken_copies(data, tmp):
    """Files with a damaged header: (name, path)."""
    words = list(struct.unpack("<7I", data[:28]))
    size_end = BASE + len(data) // 4
    cases = {
        "order": (words[5] + 1, words[5], words[6]),       # text_end > data_start
        "huge": (words[4], words[5], 0x00FFF000),           # .bss into the stack
        "short": (words[4], words[5], size_end - 1),       # .bss ends inside the file
    }
    out = []
    for name, (t, d, e) in cases.items():
        path = os.path.join(tmp, "bad_%s.qbin" % name)
        with open(path, "wb") as f:
            f.write(data[:16] + struct.pack("<3I", t, d, e) + data[28:])
        out.append(path)
    return out


def main():
    qvm, kernel, image, mkqfs, fault, hello = sys.argv[1:7]
    problems = []
    check_header(fault, problems)
    hello_data = check_header(hello, problems)
    if problems:
        print("\n".join(problems))
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        disk = os.path.join(tmp, "disk.qfs")
        shutil.copyfile(image, disk)
        text = "fault code\nhello\n"
        for path in broken_copies(hello_data, tmp):
            subprocess.run([mkqfs, "add", disk, path, "--to", "/bin"], check=True)
            text += "%s\n" % os.path.basename(path)
        text += "hello\n"
        run = subprocess.run([qvm, kernel, "--disk", disk], input=text,
                             capture_output=True, text=True, timeout=30)
    out = run.stdout
    if run.returncode != 0:
        problems.append("status %d" % run.returncode)
    if "killed: memory fault at 0x" not in out:
        problems.append("`fault code` was not killed by a memory fault")
    for name in ("order", "huge", "short"):
        if "bad_%s.qbin: not an executable" % name not in out:
            problems.append("bad_%s.qbin was not refused" % name)
    if out.count("Hello from userspace!") != 2:
        problems.append("hello did not run before and after the broken copies")
    if problems:
        print("\n".join(problems) + "\noutput:\n" + out)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
