#!/usr/bin/env python3
"""io_rules.py - the host tools' file rules (issue 17, common/fileio.h), one tool per run:
an output naming an input (same file, also through a symbolic or hard link) is refused
before anything is written; a failed run leaves the old output untouched and no temporary
file behind; inputs that are not regular files, or too large, are refused with a message
naming the file; devices are still written in place.

usage: io_rules.py TOOL PATH-TO-TOOL WORKDIR [EXTRA-TOOL-PATHS...]
"""
import os
import shutil
import stat
import subprocess
import sys

FAILS = []


def run(argv, stdin=None):
    p = subprocess.run(argv, stdin=stdin, capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def check(desc, cond, detail=""):
    print(("ok: " if cond else "FAIL: ") + desc + ("" if cond else "\n    " + detail))
    if not cond:
        FAILS.append(desc)


def snapshot(path):
    with open(path, "rb") as f:
        return f.read()


def refused(desc, argv, victim, tool, status=None, msg=None):
    """argv must fail with 'TOOL: error: output 'victim' is also an input' (or msg),
    leaving victim byte-identical and no temporary file beside it."""
    before = snapshot(victim)
    rc, out, err = run(argv)
    want = msg or "%s: error: output '%s' is also an input" % (tool, argv_output(argv, victim))
    ok = rc != 0 and (status is None or rc == status) and want in err
    ok = ok and snapshot(victim) == before and not temporaries()
    check(desc, ok, "status %d, stderr: %s" % (rc, err.strip()))


def argv_output(argv, victim):
    for i, a in enumerate(argv):
        if a in ("-o", "-l", "--map", "--elf", "--listing") and i + 1 < len(argv):
            if os.path.exists(argv[i + 1]) and os.path.samefile(argv[i + 1], victim):
                return argv[i + 1]
    return victim


def temporaries():
    return [f for f in os.listdir(".") if ".tmp" in f]


def sparse(path, size):
    with open(path, "wb") as f:
        f.truncate(size)


GOOD_ASM = "@main:\n  constant r0 0x2A\n  halt\n"
BAD_ASM = "@main:\n  bogus r0\n"


def test_qasm(qasm, extra):
    with open("x.qasm", "w") as f:
        f.write(GOOD_ASM)
    for flags in ([], ["-c"]):
        refused("qasm %s-o x.qasm x.qasm" % " ".join(flags + [""]),
                [qasm] + flags + ["-o", "x.qasm", "x.qasm"], "x.qasm", "qasm", 255)
    refused("qasm -l x.qasm x.qasm", [qasm, "-l", "x.qasm", "-o", "o.qbin", "x.qasm"],
            "x.qasm", "qasm", 255)
    os.symlink("x.qasm", "link.qasm")
    refused("qasm -o LINK x.qasm (a symbolic link to the input)",
            [qasm, "-o", "link.qasm", "x.qasm"], "x.qasm", "qasm", 255)
    os.link("x.qasm", "hard.qasm")
    refused("qasm -o HARDLINK x.qasm", [qasm, "-o", "hard.qasm", "x.qasm"], "x.qasm", "qasm", 255)
    with open("x.qasm") as f:
        rc, _, err = run([qasm, "-o", "x.qasm", "-"], stdin=f)
    check("qasm -o x.qasm - < x.qasm refused", rc == 255 and "is also an input" in err, err)
    rc, _, err = run([qasm, "-o", "o.qbin", "-l", "o.qbin", "x.qasm"])
    check("qasm -o F -l F refused", rc == 255 and "output 'o.qbin' is given twice" in err, err)
    # A failed run keeps the old output.
    rc, _, _ = run([qasm, "-o", "keep.qbin", "x.qasm"])
    with open("bad.qasm", "w") as f:
        f.write(BAD_ASM)
    before = snapshot("keep.qbin")
    rc, _, err = run([qasm, "-o", "keep.qbin", "bad.qasm"])
    check("a failed qasm run keeps the old output", rc == 255 and snapshot("keep.qbin") == before
          and not temporaries(), err)
    rc, _, err = run([qasm, "/dev/zero"])
    check("qasm /dev/zero refused", rc == 255 and
          "qasm: error: cannot read '/dev/zero': is a device, not a regular file" in err, err)
    rc, _, err = run([qasm, "."])
    check("qasm DIR refused", rc == 255 and "cannot read '.': is a directory" in err, err)
    sparse("huge.qasm", (64 << 20) + 1)
    rc, _, err = run([qasm, "huge.qasm"])
    check("qasm: a source over 64 MB refused before reading", rc == 255 and
          "cannot read 'huge.qasm': file too large" in err, err)
    os.unlink("huge.qasm")
    with open("nul.qasm", "wb") as f:
        f.write(b"@main:\n  constant r0 @`a\0`\n  halt\n")
    rc, _, err = run([qasm, "-o", "nul.qbin", "nul.qasm"])
    check("qasm: NUL in a back-quoted name is an error with a location, status 255",
          rc == 255 and "nul.qasm:2:" in err and "fatal" not in err, err)
    rc, _, err = run([qasm, "-o", "/dev/null", "x.qasm"])
    check("qasm -o /dev/null writes the device in place", rc == 0 and
          stat.S_ISCHR(os.stat("/dev/null").st_mode), err)
    with open("x.qasm") as f:
        rc, _, err = run([qasm, "-o", "stdin.qbin", "-"], stdin=f)
    check("qasm reads standard input", rc == 0 and os.path.getsize("stdin.qbin") > 0, err)


def test_qdasm(qdasm, extra):
    with open("p.qbin", "wb") as f:
        f.write(bytes(range(16)))
    refused("qdasm -o p.qbin p.qbin", [qdasm, "-o", "p.qbin", "p.qbin"], "p.qbin", "qdasm", 1)
    rc, _, err = run([qdasm, "/dev/zero"])
    check("qdasm /dev/zero refused", rc == 1 and "qdasm: error: cannot read '/dev/zero'" in err, err)


def test_qld(qld, extra):
    qasm = extra[0]
    with open("a.qasm", "w") as f:
        f.write(".global @_start\n@_start:\n  halt\n")
    rc, _, err = run([qasm, "-c", "-o", "a.o", "a.qasm"])
    check("qasm -c builds an object for qld", rc == 0, err)
    refused("qld -o a.o a.o", [qld, "-o", "a.o", "a.o"], "a.o", "qld", 1)
    refused("qld --map a.o a.o", [qld, "-o", "p.qbin", "--map", "a.o", "a.o"], "a.o", "qld", 1)
    refused("qld --elf a.o a.o", [qld, "-o", "p.qbin", "--elf", "a.o", "a.o"], "a.o", "qld", 1)
    rc, _, err = run([qld, "-o", "p.qbin", "a.o"])
    before = snapshot("p.qbin")
    rc, _, err = run([qld, "-o", "p.qbin", "a.o", "missing.o"])
    check("a failed qld run keeps the old output", rc == 1 and snapshot("p.qbin") == before
          and not temporaries(), err)
    rc, _, err = run([qld, "-o", "z.qbin", "/dev/zero"])
    check("qld /dev/zero refused", rc == 1 and
          "qld: error: cannot read '/dev/zero': is a device, not a regular file" in err, err)


def make_image(mkqfs):
    if os.path.exists("img.qfs"):
        os.unlink("img.qfs")
    with open("f.txt", "w") as f:
        f.write("hello\n")
    run([mkqfs, "create", "img.qfs", "--sectors", "64"])
    rc, _, err = run([mkqfs, "add", "img.qfs", "f.txt"])
    check("mkqfs builds a test image", rc == 0, err)


def test_mkqfs(mkqfs, extra):
    make_image(mkqfs)
    refused("mkqfs cat IMG f -o IMG", [mkqfs, "cat", "img.qfs", "f.txt", "-o", "img.qfs"],
            "img.qfs", "mkqfs", 1)
    refused("mkqfs extract IMG f -o IMG", [mkqfs, "extract", "img.qfs", "f.txt", "-o", "img.qfs"],
            "img.qfs", "mkqfs", 1)
    os.symlink("img.qfs", "img-link")
    refused("mkqfs extract IMG f -o LINK-TO-IMG",
            [mkqfs, "extract", "img.qfs", "f.txt", "-o", "img-link"], "img.qfs", "mkqfs", 1)
    run([mkqfs, "add", "img.qfs", "f.txt", "--name", "img.qfs"])
    refused("mkqfs extract IMG /img.qfs (default output name is the image)",
            [mkqfs, "extract", "img.qfs", "/img.qfs"], "img.qfs", "mkqfs", 1)
    refused("mkqfs add IMG IMG", [mkqfs, "add", "img.qfs", "img.qfs", "--name", "self"],
            "img.qfs", "mkqfs", 1)
    refused("mkqfs add IMG /dev/zero", [mkqfs, "add", "img.qfs", "/dev/zero"], "img.qfs",
            "mkqfs", 1, "cannot read /dev/zero: is a device, not a regular file")
    rc, _, err = run([mkqfs, "create", "/dev/zero"])
    check("mkqfs create /dev/zero refused", rc == 1 and
          "/dev/zero: not a regular file" in err, err)
    rc, out, err = run([mkqfs, "cat", "img.qfs", "f.txt", "-o", "/dev/null"])
    check("mkqfs cat -o /dev/null still writes the device", rc == 0, err)


def test_qvm(qvm, extra):
    sparse("huge.qbin", 1 << 30)
    rc, _, err = run([qvm, "huge.qbin"])
    check("qvm: a 1 GB program is refused before it is read", rc == 2 and
          "qvm: error: the program huge.qbin (1073741824 bytes) does not fit" in err, err)
    os.unlink("huge.qbin")
    open("empty.qbin", "wb").close()
    rc, _, err = run([qvm, "empty.qbin"])
    check("qvm: an empty program warns", "qvm: warning: empty.qbin is empty" in err, err)
    rc, _, err = run([qvm, "/dev/zero"])
    check("qvm /dev/zero refused", rc == 2 and "cannot read /dev/zero: is a device" in err, err)


def main():
    tool, path, work = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    os.chdir(work)
    globals()["test_" + tool.replace("-", "_")](path, sys.argv[4:])
    if FAILS:
        print("%d failure(s)" % len(FAILS))
        sys.exit(1)


if __name__ == "__main__":
    main()
