#!/usr/bin/env python3
"""mkqfs_test.py - tests of the mkqfs disk tool, one group per ctest case (mkqfs.GROUP).

    mkqfs_test.py GROUP --mkqfs PATH --examples DIR --work DIR

cli: options and usage errors. reference: the reference tool's image (examples/
disk-read.disk) is read, and rebuilt byte for byte. roundtrip: a host tree in and out.
layout: the spec's allocation, deletion and directory-growth rules, checked word by word.
errors: each error by its message, image unchanged. random: 1 000 seeded operations
against a model. corrupt: damaged images give errors, never crashes or hangs (see
mkqfs_corrupt.py). Every run of mkqfs is checked for crashes, sanitizer reports and
hangs by mkqfs_lib.Tool.
"""
import argparse
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkqfs_lib import (END, Tool, check, failures, load, read_bytes,  # noqa: E402
                       write_bytes)
import mkqfs_corrupt  # noqa: E402
import mkqfs_random  # noqa: E402
import mkqfs_repair  # noqa: E402


def group_cli(tool, work, examples):
    status, out, _ = tool.run("--help")
    check(status == 0 and b"create IMAGE" in out and b"fsck IMAGE" in out, "--help")
    status, out, _ = tool.run("--version")
    check(status == 0 and out.startswith(b"mkqfs "), "--version")
    tool.fails("usage", status=2)
    tool.fails("unknown command 'frobnicate'", "frobnicate", "x.qfs", status=2)
    tool.fails("create IMAGE", "create", status=2)
    tool.fails("--sectors wants a number", "create", "x.qfs", "--sectors", "lots", status=2)
    tool.fails("add IMAGE FILE", "add", "x.qfs", status=2)
    tool.fails("mkdir IMAGE PATH", "mkdir", "x.qfs", status=2)
    tool.fails("ls IMAGE", "ls", status=2)
    tool.fails("rm IMAGE PATH", "rm", "x.qfs", "a", "b", status=2)
    tool.fails("fsck IMAGE", "fsck", status=2)
    tool.fails("cannot read image", "ls", "missing.qfs")
    check(not os.path.exists(os.path.join(work, "x.qfs")), "usage errors create no image")


def group_reference(tool, work, examples):
    ref = read_bytes(os.path.join(examples, "disk-read.disk"))
    write_bytes(os.path.join(work, "d.disk"), ref)
    out = tool.ok("ls", "d.disk").decode()
    lines = out.splitlines()
    check(len(lines) == 2 and lines[0].split() == ["-", "note.txt", "21", "3"],
          "ls of the reference image: %r" % out)
    check(lines[-1] == "1 file(s), 12 sectors free", "ls summary: %r" % out)
    msg = b"Hello from the disk!\n"
    check(tool.ok("cat", "d.disk", "/note.txt") == msg, "cat note.txt")
    tool.ok("extract", "d.disk", "note.txt")
    check(read_bytes(os.path.join(work, "note.txt")) == msg, "extract to the entry's name")
    tool.ok("get", "d.disk", "note.txt", "-o", "copy.txt")
    check(read_bytes(os.path.join(work, "copy.txt")) == msg, "get -o")
    tool.fsck_clean("d.disk", "nothing")
    dump = tool.ok("dump", "d.disk").decode()
    check("freeSectors   12" in dump and "3: END" in dump and "note.txt" in dump, "dump:\n" + dump)
    check(read_bytes(os.path.join(work, "d.disk")) == ref, "read-only commands change nothing")
    # The same image made by mkqfs is byte-identical to the reference tool's.
    tool.ok("create", "n.disk", "--sectors", "16")
    tool.ok("add", "n.disk", "note.txt")
    check(read_bytes(os.path.join(work, "n.disk")) == ref, "create + add == reference image")
    # And mkqfs can keep working on the reference tool's image.
    write_bytes(os.path.join(work, "two.txt"), b"second\n")
    tool.ok("add", "d.disk", "two.txt", "--exec")
    tool.ok("mkdir", "d.disk", "/bin")
    tool.fsck_clean("d.disk", "add and mkdir on the reference image")
    tree = load(os.path.join(work, "d.disk")).tree()
    check(tree == {"/note.txt": msg, "/two.txt": b"second\n", "/bin": None}, "tree %r" % tree)
    reference_quirk(tool, work)


def reference_quirk(tool, work):
    """The reference tool's `add` writes a fifth root entry over slot 0 of the first root
    sector, leaking that file's sectors: fsck reports the leak, mkqfs will not modify."""
    tool.ok("create", "q.disk", "--sectors", "16")
    for name in ("a", "b", "c", "d", "e"):
        write_bytes(os.path.join(work, name), name.encode() * 10)
        tool.ok("add", "q.disk", name)
    img = load(os.path.join(work, "q.disk"))
    ext = img.fat(img.root)
    for w in range(32):   # move e's entry to where the reference tool puts it
        img.set_word(img.root, w, img.word(ext, w))
        img.set_word(ext, w, 0)
    write_bytes(os.path.join(work, "q.disk"), img.data)
    tool.fails("sector 3: orphan", "fsck", "q.disk")
    tool.fails("corrupt image: sector 3: orphan", "add", "q.disk", "a", "--name", "f")
    check(tool.ok("ls", "q.disk").split()[:2] == [b"-", b"e"], "ls still reads the image")


def make_host_tree(root):
    """A tree with nested, empty and multi-sector directories and varied files."""
    rnd = random.Random(7)
    files = {
        "hello.txt": b"hello\nworld\n",
        "empty.txt": b"",
        "one.bin": rnd.randbytes(512),
        "two.bin": rnd.randbytes(513),
        "big.bin": rnd.randbytes(5000),
        "prog.qbin": rnd.randbytes(4 * 300),
        "exactly-24-characters.tx": b"24",
        "sub/inner.txt": b"inner text\n",
        "sub/deeper/deepest/file.bin": rnd.randbytes(1500),
    }
    for i in range(9):
        files["many/f%d" % i] = bytes([i]) * (i * 100)
    for path, data in files.items():
        write_bytes(os.path.join(root, path), data)
    os.makedirs(os.path.join(root, "sub", "emptydir"))
    expected = {"/" + p: d for p, d in files.items()}
    for d in ("/sub", "/sub/deeper", "/sub/deeper/deepest", "/sub/emptydir", "/many"):
        expected[d] = None
    return expected


def group_roundtrip(tool, work, examples):
    expected = make_host_tree(os.path.join(work, "src"))
    tool.ok("create", "t.qfs", "--from", "src")
    tool.fsck_clean("t.qfs", "create --from")
    img = load(os.path.join(work, "t.qfs"))
    check(img.total == 1024, "a small tree gets the default 1024 sectors, not %d" % img.total)
    check(img.tree() == expected, "the image's tree equals the host tree")
    # Text is packed four bytes per word, little-endian.
    hello = [e for e in img.entries(img.root) if e[6] == "hello.txt"][0]
    check(hello[5] == 12 and img.words(hello[4])[:4] == [0x6C6C6568, 0x6F770A6F, 0x0A646C72, 0],
          "hello.txt packing")
    flags = {e[6]: e[3] for e in img.entries(img.root) if e[3]}
    check(flags.get("prog.qbin") == 5 and flags.get("hello.txt") == 1 and flags.get("sub") == 3,
          ".qbin executable, others plain, directories 0x03: %r" % flags)
    empty = [e for e in img.entries(img.root) if e[6] == "empty.txt"][0]
    check(empty[4] == 0 and empty[5] == 0, "an empty file has first sector 0 and size 0")
    # Extract everything with mkqfs and compare.
    os.makedirs(os.path.join(work, "out"))
    for path, data in expected.items():
        if data is None:
            continue
        out = os.path.join(work, "out", path.strip("/").replace("/", "_"))
        tool.ok("extract", "t.qfs", path, "-o", out)
        check(read_bytes(out) == data, "extract %s" % path)
        check(tool.ok("cat", "t.qfs", path.lstrip("/")) == data, "cat %s" % path)
    listing = tool.ok("ls", "t.qfs", "sub/deeper/").decode().split()
    check(listing[:2] == ["d", "deepest"], "ls of a nested directory: %r" % listing)
    check(b"(no files)" in tool.ok("ls", "t.qfs", "/sub/emptydir"), "ls of an empty directory")
    # Deterministic: the same tree gives the same bytes.
    tool.ok("create", "t2.qfs", "--from", "src")
    check(read_bytes(os.path.join(work, "t.qfs")) == read_bytes(os.path.join(work, "t2.qfs")),
          "create --from is deterministic")
    # Sizing: a tree larger than the default gets room for itself plus 50 free sectors.
    write_bytes(os.path.join(work, "src2", "huge.bin"), random.Random(3).randbytes(1200 * 512))
    write_bytes(os.path.join(work, "src2", "d", "small"), b"x")
    tool.ok("create", "huge.qfs", "--from", "src2")
    tool.fsck_clean("huge.qfs", "create --from a large tree")
    big = load(os.path.join(work, "huge.qfs"))
    check(big.total > 1024 and 50 <= big.free <= 52, "sized image: %d sectors, %d free"
          % (big.total, big.free))
    huge = read_bytes(os.path.join(work, "src2", "huge.bin"))
    check(tool.ok("cat", "huge.qfs", "huge.bin") == huge, "the large file round-trips")
    tool.ok("create", "fixed.qfs", "--sectors", "2000", "--from", "src")
    check(load(os.path.join(work, "fixed.qfs")).total == 2000, "--sectors with --from")
    check(load(os.path.join(work, "fixed.qfs")).tree() == expected, "--sectors 2000 tree")
    tool.fails("disk full", "create", "tiny.qfs", "--sectors", "20", "--from", "src")
    check(not os.path.exists(os.path.join(work, "tiny.qfs")), "a failed create writes nothing")
    tool.ok("create", "plain.qfs")
    check(load(os.path.join(work, "plain.qfs")).total == 1024, "create without options")
    check(os.path.getsize(os.path.join(work, "plain.qfs")) == 1024 * 512, "image length")


def group_layout(tool, work, examples):
    def step(*args):
        tool.ok(*args)
        tool.fsck_clean("l.qfs", " ".join(args))
        return load(os.path.join(work, "l.qfs"))

    for name in "abcde":
        write_bytes(os.path.join(work, name), name.encode() * 100)
    write_bytes(os.path.join(work, "f"), b"f" * 1000)
    write_bytes(os.path.join(work, "z"), b"")
    img = step("create", "l.qfs", "--sectors", "64")
    check((img.fat_sectors, img.root, img.data_start, img.free) == (1, 2, 3, 61), "fresh geometry")
    for name in "abcd":
        img = step("add", "l.qfs", name)
    check([e[4] for e in img.entries(2)] == [3, 4, 5, 6] and img.fat(2) == 0,
          "four files fill the root's first sector; its FAT entry stays 0")
    img = step("add", "l.qfs", "e")
    # The root grows by the lowest free sector (7), linked from the root's FAT entry;
    # the new entry goes to slot 0 of that sector (not the reference's quirky slot).
    check(img.fat(2) == 7 and img.fat(7) == END, "root grows into sector 7")
    ents = img.entries(2)
    check(ents[4][1:3] == (7, 0) and ents[4][6] == "e" and ents[4][4] == 8,
          "e's entry at sector 7 slot 0, data at 8: %r" % (ents[4],))
    check([e[6] for e in ents[:4]] == list("abcd"), "the first sector's entries are intact")
    img = step("rm", "l.qfs", "b")
    e = img.entries(2)[1]
    check(e[3] == 0x80 and e[4] == 4 and e[5] == 100 and e[6] == "b",
          "a deleted entry has flags exactly 0x80 and keeps its other words: %r" % (e,))
    check(img.fat(4) == 0 and img.free == 61 - 6 + 1, "rm frees the chain and counts it")
    img = step("add", "l.qfs", "f")
    e = img.entries(2)[1]
    check(e[6] == "f" and e[3] == 1 and img.chain(e[4]) == [4, 9],
          "the deleted slot is reused, lowest free sectors first: %r %r" % (e, img.chain(e[4])))
    img = step("mkdir", "l.qfs", "/dir")
    e = [x for x in img.entries(2) if x[6] == "dir"][0]
    check(e[3] == 3 and e[5] == 0 and e[4] == 10 and img.fat(10) == END and
          img.words(10) == [0] * 128, "mkdir: flags 3, size 0, one zeroed sector")
    img = step("add", "l.qfs", "z", "--to", "dir", "--exec")
    e = img.entries(10)[0]
    check(e[3] == 5 and e[4] == 0 and e[5] == 0, "empty executable file in /dir: %r" % (e,))
    check(img.words(0)[9:] == [0] * 119, "superblock words 9..127 are zero")
    tool.fails("directory not empty", "rm", "l.qfs", "dir")
    img = step("rm", "l.qfs", "dir/z")
    img = step("rm", "l.qfs", "/dir/")
    check(img.fat(10) == 0, "rm of an empty directory frees its sector")
    img = step("add", "l.qfs", "a", "--name", "prog.qbin")
    e = [x for x in img.entries(2) if x[6] == "prog.qbin"][0]
    check(e[3] == 1, "add marks executable only with --exec")
    used = sum(1 for s in range(img.data_start, img.total) if img.fat(s) != 0)
    check(img.free == img.total - img.data_start - used, "freeSectors matches the FAT")


def group_errors(tool, work, examples):
    path = os.path.join(work, "e.qfs")

    def unchanged(expect, *args, status=1):
        before = read_bytes(path)
        tool.fails(expect, *args, status=status)
        check(read_bytes(path) == before, "image unchanged after failed %s" % " ".join(args))
        tool.fsck_clean("e.qfs", "failed " + " ".join(args))

    write_bytes(os.path.join(work, "big"), b"B" * 5000)
    write_bytes(os.path.join(work, "small"), b"s")
    tool.ok("create", "e.qfs", "--sectors", "12")   # 12 - 3 = 9 data sectors
    unchanged("disk full: /big needs 10 sectors, 9 free", "add", "e.qfs", "big")
    tool.ok("mkdir", "e.qfs", "d")
    tool.ok("add", "e.qfs", "small", "--to", "d")
    unchanged("name too long: '%s' has 25 characters" % ("n" * 25),
              "add", "e.qfs", "small", "--name", "n" * 25)
    unchanged("name too long", "mkdir", "e.qfs", "d/" + "m" * 30)
    unchanged("path not found: /nope", "add", "e.qfs", "small", "--to", "/nope")
    unchanged("path not found: /x", "mkdir", "e.qfs", "x/y")
    unchanged("path not found: /d/zz", "rm", "e.qfs", "d/zz")
    unchanged("path not found: /q", "cat", "e.qfs", "q")
    unchanged("path not found: /q", "ls", "e.qfs", "q")
    unchanged("file exists: /d/small", "add", "e.qfs", "small", "--to", "d")
    unchanged("file exists: /d", "mkdir", "e.qfs", "d")
    unchanged("file exists: /d", "add", "e.qfs", "small", "--name", "d")
    unchanged("not a directory", "add", "e.qfs", "small", "--to", "d/small")
    unchanged("not a directory", "mkdir", "e.qfs", "d/small/x")
    unchanged("not a directory", "cat", "e.qfs", "d/small/x")
    unchanged("is a directory: d", "cat", "e.qfs", "d")
    unchanged("directory not empty: d", "rm", "e.qfs", "d")
    unchanged("cannot remove the root directory", "rm", "e.qfs", "/")
    unchanged("invalid name: 'a/b'", "add", "e.qfs", "small", "--name", "a/b")
    unchanged("invalid name: '..'", "mkdir", "e.qfs", "..")
    unchanged("invalid name: 'tab\there'", "add", "e.qfs", "small", "--name", "tab\there")
    unchanged("cannot read no-such-file", "add", "e.qfs", "no-such-file")
    # Fill the disk, then a directory that must grow has no room either.
    for i in range(6):
        tool.ok("add", "e.qfs", "small", "--name", "f%d" % i)
    img = load(path)
    check(img.free == 0, "disk now full (%d free)" % img.free)
    unchanged("disk full: /d/x needs 1 sector, 0 free", "mkdir", "e.qfs", "d/x")
    write_bytes(os.path.join(work, "empty"), b"")
    tool.ok("add", "e.qfs", "empty", "--to", "d")      # fits in d's first sector
    tool.ok("add", "e.qfs", "empty", "--to", "d", "--name", "e2")
    tool.ok("add", "e.qfs", "empty", "--to", "d", "--name", "e3")
    unchanged("disk full: /d/e4 needs 1 sector, 0 free",
              "add", "e.qfs", "empty", "--to", "d", "--name", "e4")
    # create: sizes out of range, names that QFS cannot hold.
    tool.fails("invalid size: 3 sectors", "create", "c.qfs", "--sectors", "3")
    tool.fails("invalid size: 4294967295 sectors", "create", "c.qfs", "--sectors", "0xFFFFFFFF")
    write_bytes(os.path.join(work, "longsrc", "d", "n" * 25), b"x")
    tool.fails("name too long: '%s'" % ("n" * 25), "create", "c.qfs", "--from", "longsrc")
    tool.fails("cannot read directory nosrc", "create", "c.qfs", "--from", "nosrc")
    check(not os.path.exists(os.path.join(work, "c.qfs")), "failed creates write nothing")
    # Not a QFS image.
    write_bytes(os.path.join(work, "text.qfs"), b"just some text, not an image\n" * 40)
    tool.fails("not a QFS image (magic 0x7473756A", "ls", "text.qfs")
    write_bytes(os.path.join(work, "short.qfs"), b"abc")
    tool.fails("not a QFS image (3 bytes", "fsck", "short.qfs")
    write_bytes(os.path.join(work, "zero.qfs"), b"")
    tool.fails("not a QFS image (0 bytes", "add", "zero.qfs", "small")
    check(read_bytes(os.path.join(work, "zero.qfs")) == b"", "not-an-image left alone")
    v3 = bytearray(read_bytes(path))
    v3[4] = 3
    write_bytes(os.path.join(work, "v3.qfs"), v3)
    tool.fails("unsupported version 3", "ls", "v3.qfs")
    os.makedirs(os.path.join(work, "adir"))
    tool.fails("not a regular file", "ls", "adir")
    # A corrupt image is not changed: here the free count is wrong.
    img = load(path)
    img.set_word(0, 8, img.free + 3)
    bad = os.path.join(work, "bad.qfs")
    write_bytes(bad, img.data)
    tool.fails("corrupt image: superblock word 8 (freeSectors) is 3, but 0 data sectors are free",
               "rm", "bad.qfs", "f1")
    check(read_bytes(bad) == img.data, "a corrupt image is never modified")
    check(b"small" in tool.ok("ls", "bad.qfs", "d"), "read commands still work on it")


def main():
    groups = {
        "cli": group_cli,
        "reference": group_reference,
        "roundtrip": group_roundtrip,
        "layout": group_layout,
        "errors": group_errors,
        "random": mkqfs_random.group_random,
        "corrupt": mkqfs_corrupt.group_corrupt,
        "repair": mkqfs_repair.group_repair,
    }
    ap = argparse.ArgumentParser()
    ap.add_argument("group", choices=sorted(groups))
    ap.add_argument("--mkqfs", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    tool = Tool(os.path.abspath(a.mkqfs), a.work)
    groups[a.group](tool, a.work, a.examples)
    if failures:
        print("%d failure(s) in mkqfs.%s" % (len(failures), a.group))
        return 1
    print("ok: mkqfs.%s" % a.group)
    return 0


if __name__ == "__main__":
    sys.exit(main())
