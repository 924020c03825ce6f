"""mkqfs_random.py - the mkqfs.random test: a seeded sequence of 1 000 add/rm/mkdir
operations (with name clashes, missing parents, non-empty directories and a disk that
fills up) checked after every operation by `mkqfs fsck`, and against a model of the
tree by reading the image back (every 50 operations and at the end, then every file
through `mkqfs cat`)."""
import os
import random

from mkqfs_lib import check, load, write_bytes

OPS = 1000
SEED = 20261124
NAMES = ["a", "b", "c", "file", "data.bin", "x.qbin", "Notes", "long-name-of-24-chars-xx"]


def sectors_for(size):
    return (size + 511) // 512


def room(image, parent, sectors):
    """True if `sectors` more sectors (plus one if the parent must grow) fit."""
    img = load(image)
    first = img.root
    for part in [p for p in parent.split("/") if p]:
        first = [e for e in img.entries(first)
                 if e[6] == part and e[3] & 1 and not e[3] & 0x80][0][4]
    has_slot = any(e[3] == 0 or e[3] & 0x80 for e in img.entries(first))
    free = sum(1 for s in range(img.data_start, img.total) if img.fat(s) == 0)
    return sectors + (0 if has_slot else 1) <= free


def random_size(rnd):
    return rnd.choice([0, rnd.randint(1, 600), rnd.randint(1, 3000), rnd.randint(3000, 20000)])


def run_op(tool, rnd, model, image, stats):
    dirs = sorted(p for p, v in model.items() if v is None)
    op = rnd.choices(["add", "mkdir", "rm", "missing"], weights=[50, 20, 28, 2])[0]
    if op == "rm" and len(model) == 1:
        op = "add"
    if op == "missing":
        tool.fails("path not found: /nope", "mkdir", image, "nope/x")
        return "missing"
    if op == "rm":
        path = rnd.choice(sorted(p for p in model if p))
        if model[path] is None and any(p.startswith(path + "/") for p in model):
            tool.fails("directory not empty: " + path, "rm", image, path)
            return "rm-nonempty"
        tool.ok("rm", image, path)
        del model[path]
        return "rm"
    parent, name = rnd.choice(dirs), rnd.choice(NAMES)
    path = parent + "/" + name
    if op == "add":
        data = rnd.randbytes(random_size(rnd))
        write_bytes(os.path.join(tool.work, "in.bin"), data)
        args = ["add", image, "in.bin", "--name", name, "--to", parent or "/"]
        need = sectors_for(len(data))
    else:
        data = None
        args = ["mkdir", image, path.lstrip("/") if rnd.random() < 0.5 else path]
        need = 1
    if path in model:
        tool.fails("file exists: " + path, *args)
        return op + "-exists"
    status, _, err = tool.run(*args)
    if status != 0:
        check("disk full" in err and not room(os.path.join(tool.work, image), parent, need),
              "%s failed without cause: %s" % (" ".join(args), err))
        return op + "-full"
    model[path] = data
    return op


def compare(tool, model, image, when):
    tree = load(os.path.join(tool.work, image)).tree()
    want = {p: v for p, v in model.items() if p}
    check(tree == want, "image tree differs from the model %s: extra %s, missing %s"
          % (when, sorted(set(tree) - set(want)), sorted(set(want) - set(tree))))


def group_random(tool, work, examples):
    rnd = random.Random(SEED)
    image = "r.qfs"
    tool.ok("create", image, "--sectors", "600")
    model = {"": None}  # path -> bytes, or None for a directory; "" is the root
    stats = {}
    for i in range(OPS):
        kind = run_op(tool, rnd, model, image, stats)
        stats[kind] = stats.get(kind, 0) + 1
        if not tool.fsck_clean(image, "operation %d (%s)" % (i, kind), leak_check=False):
            break
        if i % 50 == 49:
            compare(tool, model, image, "after operation %d" % i)
    compare(tool, model, image, "at the end")
    for path, data in sorted(model.items()):
        if data is not None:
            check(tool.ok("cat", image, path) == data, "cat %s at the end" % path)
    print("operations: " + ", ".join("%s %d" % kv for kv in sorted(stats.items())))
    for kind in ("add", "mkdir", "rm", "add-exists", "add-full", "rm-nonempty"):
        check(stats.get(kind, 0) > 0, "the sequence exercised %s" % kind)
