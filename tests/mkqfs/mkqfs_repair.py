"""mkqfs_repair.py - the mkqfs.repair test: images damaged the ways a crash can damage
them (a free count off by one, a size past its chain, a chain longer than its size, a
leaked chain, an entry deleted before its chain was freed, a transaction left in the
log, a log header that is not valid) must make plain fsck fail and change nothing, and
`fsck --repair` must report each repair, leave a clean image and keep every intact
file's bytes."""
import os
import random
import struct

from mkqfs_lib import END, Image, check, read_bytes, write_bytes

LOG_MAGIC = 0x474F4C51


def build_base(tool, work):
    write_bytes(os.path.join(work, "src", "big.bin"), random.Random(2).randbytes(3000))
    write_bytes(os.path.join(work, "src", "small.txt"), b"small\n")
    write_bytes(os.path.join(work, "src", "dir", "f1"), b"f1 data\n")
    write_bytes(os.path.join(work, "src", ".qfslog"), bytes(512 * 4))
    tool.ok("create", "base.qfs", "--sectors", "128", "--from", "src")
    tool.fsck_clean("base.qfs", "create")
    return Image(read_bytes(os.path.join(work, "base.qfs")))


def live(img, first, name):
    return [e for e in img.entries(first) if e[6] == name and e[3] & 1 and not e[3] & 0x80][0]


def case(tool, work, name, img, expect, keep=()):
    """Plain fsck fails without changing the image; --repair prints `expect`, the image
    is then clean and the files in keep are unchanged."""
    path = os.path.join(work, name + ".qfs")
    write_bytes(path, bytes(img.data))
    before = read_bytes(path)
    status, _, _ = tool.run("fsck", path)
    check(status == 1, "%s: plain fsck finds a problem" % name)
    check(read_bytes(path) == before, "%s: plain fsck changes nothing" % name)
    status, out, err = tool.run("fsck", path, "--repair")
    text = out.decode("utf-8", "replace") + err
    check(status == 0, "%s: fsck --repair leaves a clean image\n%s" % (name, text))
    check(expect in text, "%s: repair reported (%r in)\n%s" % (name, expect, text))
    tool.fsck_clean(path, name + " repaired")
    after = Image(read_bytes(path)).tree()
    for f in keep:
        check(after.get(f) == img.tree().get(f) or after.get(f) == keep_from[f],
              "%s: %s kept" % (name, f))
    return after


keep_from = {}


def group_repair(tool, work, examples):
    base = build_base(tool, work)
    tree = base.tree()
    keep_from.update({k: v for k, v in tree.items() if v is not None})
    intact = ("/small.txt", "/dir/f1")

    img = Image(bytes(base.data))
    img.set_word(0, 8, img.free + 1)
    case(tool, work, "free_count", img, "free count", intact + ("/big.bin",))

    img = Image(bytes(base.data))
    e = live(img, img.root, "big.bin")
    img.set_word(e[1], 32 * e[2] + 2, e[5] + 512)        # size needs one more sector
    after = case(tool, work, "size_past_chain", img, "truncated to its chain", intact)
    check(after.get("/big.bin", b"")[:3000] == tree["/big.bin"], "big.bin keeps its bytes")

    img = Image(bytes(base.data))
    e = live(img, img.root, "big.bin")
    img.set_word(e[1], 32 * e[2] + 2, 100)               # chain longer than the size
    after = case(tool, work, "chain_past_size", img, "chain of 6 sectors cut", intact)
    check(after.get("/big.bin") == tree["/big.bin"][:100], "big.bin cut to 100 bytes")

    img = Image(bytes(base.data))
    free = [s for s in range(img.data_start, img.total) if img.fat(s) == 0][:3]
    img.set_fat(free[0], free[1])
    img.set_fat(free[1], free[2])
    img.set_fat(free[2], END)                             # a chain in no file
    img.set_word(0, 8, img.free - 3)
    case(tool, work, "leaked_chain", img, "freed 3 leaked sectors", intact + ("/big.bin",))

    img = Image(bytes(base.data))
    e = live(img, img.root, "big.bin")
    img.set_word(e[1], 32 * e[2], 0x80)                   # deleted, chain not freed
    after = case(tool, work, "deleted_not_freed", img, "leaked sector", intact)
    check("/big.bin" not in after, "the deleted file stays deleted")

    # a transaction left in the log: small.txt's entry (in its directory sector) renamed
    img = Image(bytes(base.data))
    log = live(img, img.root, ".qfslog")
    chain = img.chain(log[4])
    small = live(img, img.root, "small.txt")
    sector = bytearray(img.data[small[1] * 512:(small[1] + 1) * 512])
    struct.pack_into("<24I", sector, 128 * small[2] + 16, *([ord(c) for c in "new"] + [0] * 21))
    img.data[chain[1] * 512:(chain[1] + 1) * 512] = sector
    img.set_word(chain[0], 0, LOG_MAGIC)
    img.set_word(chain[0], 1, 1)
    img.set_word(chain[0], 3, small[1])
    path = os.path.join(work, "log_pending.qfs")
    write_bytes(path, bytes(img.data))
    check(b"new" in tool.ok("ls", path), "ls sees the committed transaction")
    after = case(tool, work, "log_pending", img, "replayed the log (1 sectors)",
                 ("/dir/f1", "/big.bin"))
    check(after.get("/new") == b"small\n" and "/small.txt" not in after,
          "the logged rename is in place after the repair")

    img = Image(bytes(base.data))
    img.set_word(chain[0], 0, LOG_MAGIC)
    img.set_word(chain[0], 1, 1)
    img.set_word(chain[0], 3, img.total + 5)              # a home past the disk
    after = case(tool, work, "log_invalid", img, "discarded a log header",
                 intact + ("/big.bin",))
    check("/new" not in after, "an invalid log is not replayed")

    tool.fails("usage", "fsck", "base.qfs", "--repair", "extra", status=2)
