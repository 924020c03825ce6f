"""mkqfs_corrupt.py - the mkqfs.corrupt test: damaged images (random bytes, truncated,
looping and cross-linked chains, wrong free count, bad superblock fields, sizes past
the chain's end, directory loops, bad entries, random word flips) must make fsck report
the right problem and every command fail cleanly: an error and status 1, never a crash,
a sanitizer report or a hang (mkqfs_lib.Tool checks each run), and a corrupt image is
never written."""
import os
import random

from mkqfs_lib import END, Image, check, load, read_bytes, write_bytes

RESERVED = 0xFFFFFFFE


def build_base(tool, work):
    write_bytes(os.path.join(work, "src", "big.bin"), random.Random(1).randbytes(1300))
    write_bytes(os.path.join(work, "src", "small.txt"), b"small\n")
    write_bytes(os.path.join(work, "src", "dir", "f1"), b"f1 data\n")
    os.makedirs(os.path.join(work, "src", "dir", "sub"))
    tool.ok("create", "base.qfs", "--sectors", "64", "--from", "src")
    tool.fsck_clean("base.qfs", "create")
    return read_bytes(os.path.join(work, "base.qfs"))


def entry(img, first, name):
    """(slot, sector, index, flags, first, size, name) of the live entry `name`."""
    return [e for e in img.entries(first) if e[6] == name and e[3] & 1][0]


def battery(tool, name):
    """Every command on a damaged image: no crash; changes refused or image valid."""
    before = read_bytes(os.path.join(tool.work, name))
    for args in (["ls", name], ["ls", name, "dir"], ["ls", name, "dir/sub"], ["dump", name],
                 ["cat", name, "big.bin"], ["cat", name, "small.txt"], ["cat", name, "dir/f1"]):
        tool.run(*args)
    status, _, _ = tool.run("fsck", name)
    clean = status == 0
    for args in (["add", name, "src/small.txt", "--name", "new"], ["mkdir", name, "dir/nd"],
                 ["rm", name, "small.txt"], ["rm", name, "dir/sub"]):
        status, _, err = tool.run(*args)
        if not clean:
            check(status == 1 and read_bytes(os.path.join(tool.work, name)) == before,
                  "%s on a damaged image must fail and leave it alone (%d): %s"
                  % (" ".join(args), status, err))
    if clean:
        tool.fsck_clean(name, "changes to an image fsck found clean")


def expect(tool, name, data, fsck_says, also=()):
    """Writes a damaged image; fsck must report `fsck_says`; each (args, message) in
    `also` must fail with that message; then the whole battery."""
    write_bytes(os.path.join(tool.work, name), data)
    tool.fails(fsck_says, "fsck", name)
    for args, msg in also:
        tool.fails(msg, *[name if a == "@" else a for a in args])
    battery(tool, name)


def random_images(tool, work, base):
    rnd = random.Random(99)
    for i, size in enumerate([0, 3, 511, 512, 4096, 32768]):
        expect(tool, "rand%d.qfs" % i, rnd.randbytes(size), "not a QFS image")
    for i in range(8):   # right magic and version, random rest
        data = bytearray(rnd.randbytes(512 * rnd.randint(1, 80)))
        data[0:8] = base[0:8]
        expect(tool, "hdr%d.qfs" % i, bytes(data), "corrupt image")
    for i in range(8):   # a valid superblock, random FAT and directories
        data = bytearray(rnd.randbytes(len(base)))
        data[0:512] = base[0:512]
        write_bytes(os.path.join(work, "sb%d.qfs" % i), bytes(data))
        status, _, _ = tool.run("fsck", "sb%d.qfs" % i)
        check(status == 1, "fsck of random FAT and directories: status %d" % status)
        battery(tool, "sb%d.qfs" % i)
    used = max(s for s in range(64) if any(base[512 * s:512 * s + 512]))
    for i in range(30):   # a few random words changed in the used sectors
        img = Image(base)
        for _ in range(rnd.randint(1, 4)):
            s, w = rnd.randint(0, used), rnd.randint(0, 127)
            img.set_word(s, w, rnd.choice([0, 1, 2, 3, 0x80, END, RESERVED, rnd.getrandbits(32),
                                           rnd.randint(0, 70)]))
        write_bytes(os.path.join(work, "flip%d.qfs" % i), img.data)
        battery(tool, "flip%d.qfs" % i)


def superblock_cases(tool, base):
    def sb(word, value):
        img = Image(base)
        img.set_word(0, word, value)
        return bytes(img.data)

    expect(tool, "trunc1.qfs", base[:512 * 10], "truncated: superblock word 3 (totalSectors) "
           "says 64 sectors, the file holds 10", [(["ls", "@"], "truncated")])
    expect(tool, "trunc2.qfs", base[:700], "truncated")
    expect(tool, "trunc3.qfs", base[:100], "not a QFS image (100 bytes")
    expect(tool, "ssize.qfs", sb(2, 64), "sectorSize")
    expect(tool, "total.qfs", sb(3, 65), "truncated")
    expect(tool, "total3.qfs", sb(3, 3), "totalSectors) is below 4")
    expect(tool, "fatstart.qfs", sb(4, 2), "fatStart")
    expect(tool, "fatsec.qfs", sb(5, 0), "fatSectors")
    expect(tool, "root.qfs", sb(6, 5), "rootSector")
    expect(tool, "data.qfs", sb(7, 9), "dataStart")
    expect(tool, "free.qfs", sb(8, 7), "superblock word 8 (freeSectors) is 7, but",
           [(["add", "@", "src/small.txt", "--name", "n"], "corrupt image: superblock word 8")])
    expect(tool, "word20.qfs", sb(20, 1), "superblock word 20 is 0x00000001, must be 0")
    longer = base + bytes(512)
    expect(tool, "longer.qfs", longer, "image length is %d bytes" % len(longer))


def chain_cases(tool, base):
    img = Image(base)
    big = entry(img, img.root, "big.bin")
    small = entry(img, img.root, "small.txt")
    d = entry(img, img.root, "dir")
    chain = img.chain(big[4])
    check(len(chain) == 3, "big.bin has 3 sectors")

    def variant(fn):
        v = Image(base)
        fn(v)
        return bytes(v.data)

    expect(tool, "loop.qfs", variant(lambda v: v.set_fat(chain[2], chain[0])),
           "/big.bin: FAT chain loops back to sector %d" % chain[0],
           [(["cat", "@", "big.bin"], "the FAT chain of big.bin loops")])
    expect(tool, "dirloop.qfs", variant(lambda v: v.set_fat(d[4], d[4])),
           "/dir: FAT chain loops back", [(["ls", "@", "dir"], "loops")])
    expect(tool, "cross.qfs", variant(lambda v: v.set_word(small[1], 32 * small[2] + 1, chain[1])),
           "/small.txt: sector %d is also in the chain of /big.bin (cross-linked)" % chain[1])
    expect(tool, "size.qfs", variant(lambda v: v.set_word(big[1], 32 * big[2] + 2, 5000)),
           "/big.bin: size 5000 needs 10 sectors but the chain has 3",
           [(["cat", "@", "big.bin"], "corrupt image: big.bin has size 5000")])
    expect(tool, "huge.qfs", variant(lambda v: v.set_word(big[1], 32 * big[2] + 2, END)),
           "needs", [(["cat", "@", "big.bin"], "corrupt image")])
    expect(tool, "outside.qfs", variant(lambda v: v.set_word(small[1], 32 * small[2] + 1, 9999)),
           "/small.txt: first sector 9999 is outside the data area",
           [(["cat", "@", "small.txt"], "outside the data area")])
    expect(tool, "wild.qfs", variant(lambda v: v.set_fat(chain[0], 70000)),
           "/big.bin: FAT entry of sector %d is 0x00011170, outside the data area" % chain[0],
           [(["cat", "@", "big.bin"], "outside the data area")])
    expect(tool, "freemid.qfs", variant(lambda v: v.set_fat(chain[1], 0)),
           "/big.bin: sector %d is in its chain but its FAT entry is 0 (free)" % chain[1])
    expect(tool, "orphan.qfs",
           variant(lambda v: (v.set_fat(60, END), v.set_word(0, 8, v.free - 1))),
           "sector 60: orphan: FAT entry 0xFFFFFFFF but in no chain")
    expect(tool, "reserved.qfs", variant(lambda v: (v.set_fat(60, RESERVED),
                                                    v.set_word(0, 8, v.free - 1))),
           "sector 60: FAT entry is RESERVED")
    expect(tool, "fat0.qfs", variant(lambda v: v.set_fat(0, 5)), "FAT entry 0 (a superblock or "
           "FAT sector) is 0x00000005, must be 0")
    expect(tool, "fatpast.qfs", variant(lambda v: v.set_fat(100, END)),
           "FAT entry 100 (past the last sector)")


def entry_cases(tool, base):
    img = Image(base)
    small = entry(img, img.root, "small.txt")
    d = entry(img, img.root, "dir")
    sub = entry(img, d[4], "sub")

    def put(e, word, value):
        v = Image(base)
        v.set_word(e[1], 32 * e[2] + word, value)
        return bytes(v.data)

    expect(tool, "flags.qfs", put(small, 0, 0x09), "invalid flags 0x09")
    expect(tool, "flags81.qfs", put(small, 0, 0x81), "invalid flags 0x81")
    expect(tool, "w3.qfs", put(small, 3, 7), "word 3 is 0x00000007, must be 0")
    expect(tool, "w30.qfs", put(small, 30, 7), "word 30 is 0x00000007, must be 0")
    expect(tool, "nameend.qfs", put(small, 4 + 20, ord("z")), "after the name's end")
    expect(tool, "slash.qfs", put(small, 4 + 1, ord("/")), "not printable ASCII, or '/'")
    expect(tool, "noname.qfs", put(small, 4, 0), "empty name")
    expect(tool, "dup.qfs", _rename(base, small, "dir"), "two live entries are named 'dir'")
    expect(tool, "dirsize.qfs", put(sub, 2, 4), "/dir/sub: directory size is 4, must be 0")
    expect(tool, "dirnone.qfs", put(sub, 1, 0), "/dir/sub: directory has no sector")
    expect(tool, "emptyfirst.qfs", _empty_with_sector(base, small),
           "/small.txt: empty file has first sector")
    # Directory loops: a subdirectory pointing at its parent, or at the root.
    expect(tool, "parent.qfs", put(sub, 1, d[4]), "cross-linked",
           [(["dump", "@"], "a loop in the tree")])
    expect(tool, "toroot.qfs", put(sub, 1, img.root), "/dir/sub: first sector %d is outside "
           "the data area" % img.root)


def _rename(base, e, name):
    v = Image(base)
    for k in range(24):
        v.set_word(e[1], 32 * e[2] + 4 + k, ord(name[k]) if k < len(name) else 0)
    return bytes(v.data)


def _empty_with_sector(base, e):
    v = Image(base)
    v.set_word(e[1], 32 * e[2] + 2, 0)
    return bytes(v.data)


def group_corrupt(tool, work, examples):
    base = build_base(tool, work)
    superblock_cases(tool, base)
    chain_cases(tool, base)
    entry_cases(tool, base)
    random_images(tool, work, base)
    check(load(os.path.join(work, "base.qfs")).tree() is not None, "base image still readable")
