"""mkqfs_lib.py - helpers of the mkqfs tests: running the tool with crash and hang
checks, and an independent reader/writer of QFS images written from the spec
(shared/spec/qfs.md), used to check what mkqfs writes and to corrupt images on purpose.
"""
import os
import random
import shutil
import struct
import subprocess
import sys

MAGIC = 0x51465332
END = 0xFFFFFFFF
SECTOR = 512

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL: " + what)
    return cond


class Tool:
    def __init__(self, exe, work):
        self.exe = exe
        self.work = work

    def run(self, *args, stdin=None, leak_check=True):
        """Runs mkqfs; returns (status, stdout bytes, stderr text). leak_check=False turns
        off LeakSanitizer's exit-time scan in sanitizer builds (it doubles the start-up
        cost of a run; used for the thousand repeated fsck runs of mkqfs.random)."""
        env = None
        if not leak_check:
            env = dict(os.environ)
            env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":detect_leaks=0").lstrip(":")
        try:
            p = subprocess.run([self.exe] + list(args), cwd=self.work, input=stdin,
                               capture_output=True, timeout=20, env=env)
        except subprocess.TimeoutExpired:
            check(False, "mkqfs %s: timed out (hang)" % " ".join(args))
            return 99, b"", "timeout"
        err = p.stderr.decode("utf-8", "replace")
        check(p.returncode in (0, 1, 2),
              "mkqfs %s: exit status %d (crash?)\n%s" % (" ".join(args), p.returncode, err))
        check("Sanitizer" not in err and "runtime error" not in err,
              "mkqfs %s: sanitizer report\n%s" % (" ".join(args), err))
        return p.returncode, p.stdout, err

    def ok(self, *args):
        status, out, err = self.run(*args)
        check(status == 0, "mkqfs %s: status %d, expected 0\n%s" % (" ".join(args), status, err))
        return out

    def fails(self, expect, *args, status=1):
        """Runs a command that must fail with `status` and `expect` in its output (errors
        on stderr; fsck's problems on stdout)."""
        got, out, err = self.run(*args)
        text = out.decode("utf-8", "replace") + err
        check(got == status, "mkqfs %s: status %d, expected %d\n%s"
              % (" ".join(args), got, status, text))
        check(expect in text, "mkqfs %s: expected '%s' in the message, got:\n%s"
              % (" ".join(args), expect, text))
        return text

    def fsck_clean(self, image, after="", leak_check=True):
        status, out, err = self.run("fsck", image, leak_check=leak_check)
        check(status == 0, "fsck %s after %s: status %d\n%s%s"
              % (image, after, status, out.decode(), err))
        return status == 0


# ---- an independent reader of QFS images, from the spec ----

class Image:
    def __init__(self, data):
        self.data = bytearray(data)
        sb = self.words(0)
        self.total, self.fat_sectors, self.root, self.data_start, self.free = (
            sb[3], sb[5], sb[6], sb[7], sb[8])

    def words(self, sector):
        return list(struct.unpack_from("<128I", self.data, sector * SECTOR))

    def word(self, sector, w):
        return struct.unpack_from("<I", self.data, sector * SECTOR + 4 * w)[0]

    def set_word(self, sector, w, value):
        struct.pack_into("<I", self.data, sector * SECTOR + 4 * w, value)

    def fat(self, s):
        return self.word(1 + s // 128, s % 128)

    def set_fat(self, s, v):
        self.set_word(1 + s // 128, s % 128, v)

    def chain(self, first):
        out, s = [], first
        while True:
            out.append(s)
            nxt = self.fat(s)
            if nxt in (0, END):
                return out
            s = nxt
            assert len(out) <= self.total

    def entries(self, first):
        """(slot number, sector, index, flags, first, size, name) of every slot."""
        res = []
        for k, s in enumerate(self.chain(first)):
            for i in range(4):
                w = self.words(s)[32 * i:32 * i + 32]
                name = ""
                for c in w[4:28]:
                    if c == 0:
                        break
                    name += chr(c & 0xFF)
                res.append((4 * k + i, s, i, w[0], w[1], w[2], name))
        return res

    def tree(self, first=None, prefix="", as_reference_tool=False):
        """{path: bytes or None for directories} of every live entry. as_reference_tool:
        as the reference `qfs` tool sees the image, which tests only USED (spec/qfs.md),
        so an entry with USED and DELETED both set would be live to it."""
        out = {}
        for _, _, _, flags, fst, size, name in self.entries(first or self.root):
            if not flags & 1 or (flags & 0x80 and not as_reference_tool):
                continue
            path = prefix + "/" + name
            if flags & 2:
                out[path] = None
                out.update(self.tree(fst, path, as_reference_tool))
            else:
                out[path] = self.read(fst, size)
        return out

    def read(self, first, size):
        if size == 0:
            return b""
        sectors = self.chain(first)
        raw = b"".join(bytes(self.data[s * SECTOR:(s + 1) * SECTOR]) for s in sectors)
        return raw[:size]


def load(path):
    with open(path, "rb") as f:
        return Image(f.read())


def save(path, img):
    with open(path, "wb") as f:
        f.write(img.data)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


