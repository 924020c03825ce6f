#!/usr/bin/env python3
"""crash_test.py - crash consistency of the kernel's file system (issue 14).

usage: crash_test.py QVM KERNEL IMAGE MKQFS CRASHLOAD.qbin [--cuts N] [--chunk K/M]
                     [--kills N] [--seed S]

Boots the kernel on a copy of IMAGE with crashload (tests/kernel/progs/crashload.c)
added, runs it once to learn how many cycles it takes, then for each of N cut points
spread evenly over the run (this chunk's share: cuts K, K+M, K+2M, ...): runs it again
stopped by `qvm -c CUT`, boots once more (the kernel recovers at mount), and checks
that `mkqfs fsck` finds the image clean and that every file is in one of its allowed
states. --kills N also runs N SIGKILLs at random wall times (seeded). Prints the
counts; exit status 0 only if every image was consistent and every file allowed."""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "mkqfs"))
import mkqfs_lib  # noqa: E402  (the independent QFS reader written from spec/qfs.md)


def content(i):
    return "file %d version 0 -- some bytes to make it longer\n" % i


def appendix(i):
    return "file %d appended line\n" % i


def allowed_states():
    """path -> list of allowed contents (None = absent)."""
    c = {i: content(i) for i in range(6)}
    a = {i: content(i) + appendix(i) for i in range(6)}
    s = {
        "/w/f0": [None, "", c[0], a[0]],
        "/w/g0": [None, a[0]],
        "/w/f1": [None, "", c[1], a[1]],
        "/w/f2": [None, "", c[2], a[2], a[1]],
        "/w/f3": [None, "", c[3], a[3]],
        "/w/f4": [None, "", c[4], a[4]],
        "/w/f5": [None, "", c[5], a[5]],
        "/w/d/x": [None, "", "x in d\n"],
        "/w/y": [None, "x in d\n"],
    }
    return s


BIG = "".join(chr(ord("A") + i % 23) for i in range(4096)) * 75


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)


def read_file(mkqfs, disk, path):
    r = subprocess.run([mkqfs, "cat", disk, path], capture_output=True, timeout=60)
    if r.returncode != 0:
        return None
    return r.stdout.decode("latin-1")


def listing(mkqfs, disk, path):
    r = run([mkqfs, "ls", disk, path])
    if r.returncode != 0:
        return None
    names = []
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("-", "d", "x"):
            names.append(parts[1])
    return names


def check_image(mkqfs, disk):
    """A list of problems (empty if the image is consistent and every file allowed)."""
    problems = []
    fsck = run([mkqfs, "fsck", disk])
    if fsck.returncode != 0:
        problems.append("fsck: " + fsck.stdout.strip()[-500:])
    states = allowed_states()
    w = listing(mkqfs, disk, "/w") or []
    d = listing(mkqfs, disk, "/w/d") or []
    present = ["/w/" + n for n in w if n != "d"] + ["/w/d/" + n for n in d]
    for p in present:
        if p not in states:
            problems.append("unexpected file %s" % p)
    for p, allowed in states.items():
        got = read_file(mkqfs, disk, p) if p in present else None
        if got not in allowed:
            problems.append("%s: content %r not allowed" % (p, got if got is None else got[:80]))
    problems += reference_view(mkqfs, disk, states)
    big = read_file(mkqfs, disk, "/big")
    if big is not None and not BIG.startswith(big):
        problems.append("/big: %d bytes that are not a prefix of its content" % len(big))
    return problems


def reference_view(mkqfs, disk, states):
    """The image as the reference `qfs` tool reads it (an independent reader from the
    spec, testing only USED) must show the same tree as ours, with the same contents."""
    try:
        img = mkqfs_lib.load(disk)
        ref, ours = img.tree(as_reference_tool=True), img.tree()
    except (AssertionError, IndexError, ValueError) as e:
        return ["fsck: the reference reader fails on the image: %r" % e]
    if ref != ours:
        extra = sorted(set(ref) - set(ours))
        return ["fsck: the reference tool would see other files: %s" % extra[:5]]
    problems = []
    for p in states:
        got = ref.get(p)
        want = read_file(mkqfs, disk, p)
        if (got.decode("latin-1") if got is not None else None) != want:
            problems.append("%s: the reference reader reads %r" % (p, got and got[:40]))
    return problems


def prepare(qvm, kernel, image, mkqfs, prog, tmp):
    base = os.path.join(tmp, "base.qfs")
    shutil.copyfile(image, base)
    run([mkqfs, "add", base, prog, "--name", "crashload.qbin", "--exec", "--to", "/bin"])
    r = run([qvm, kernel, "--disk", base], input="crashload prepare\n")  # makes the log
    if r.returncode != 0:
        sys.exit("crash_test: first boot failed: " + r.stdout + r.stderr)
    return base


def full_cycles(qvm, kernel, base, tmp):
    """(cycles, wall seconds) of an uninterrupted run."""
    disk = os.path.join(tmp, "full.qfs")
    shutil.copyfile(base, disk)
    start = time.monotonic()
    r = run([qvm, "-s", kernel, "--disk", disk], input="crashload\n")
    wall = time.monotonic() - start
    if "crashload done" not in r.stdout:
        sys.exit("crash_test: the workload did not finish:\n" + r.stdout + r.stderr)
    for line in r.stderr.splitlines():
        if line.startswith("cycles:"):
            return int(line.split()[1]), wall
    sys.exit("crash_test: no cycle count")


def recover_and_check(qvm, kernel, mkqfs, disk):
    r = run([qvm, kernel, "--disk", disk], input="")
    if r.returncode != 0:
        return ["recovery boot failed: " + (r.stdout + r.stderr)[-300:]]
    return check_image(mkqfs, disk)


def main():
    qvm, kernel, image, mkqfs, prog = sys.argv[1:6]
    opts = sys.argv[6:]
    cuts, kills, seed, chunk, of = 60, 0, 1, 0, 1
    i = 0
    while i < len(opts):
        if opts[i] == "--cuts":
            cuts = int(opts[i + 1])
        elif opts[i] == "--kills":
            kills = int(opts[i + 1])
        elif opts[i] == "--seed":
            seed = int(opts[i + 1])
        elif opts[i] == "--chunk":
            chunk, of = (int(x) for x in opts[i + 1].split("/"))
        i += 2
    bad_images = bad_files = done = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = prepare(qvm, kernel, image, mkqfs, prog, tmp)
        total, wall = full_cycles(qvm, kernel, base, tmp)
        disk = os.path.join(tmp, "cut.qfs")
        for k in range(chunk, cuts, of):
            cut = 100000 + (total - 100000) * k // max(cuts - 1, 1)
            shutil.copyfile(base, disk)
            run([qvm, "-c", str(cut), kernel, "--disk", disk], input="crashload\n")
            problems = recover_and_check(qvm, kernel, mkqfs, disk)
            done += 1
            if problems:
                bad_images += any(p.startswith("fsck") for p in problems)
                bad_files += sum(1 for p in problems if not p.startswith("fsck"))
                print("cut at %d cycles:\n  %s" % (cut, "\n  ".join(problems)))
        rng = random.Random(seed)
        for _ in range(kills):
            shutil.copyfile(base, disk)
            p = subprocess.Popen([qvm, kernel, "--disk", disk], stdin=subprocess.PIPE,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            p.stdin.write(b"crashload\n")
            p.stdin.flush()
            time.sleep(rng.uniform(0.0, wall))   # anywhere in a run's wall time
            p.kill()
            p.wait()
            problems = recover_and_check(qvm, kernel, mkqfs, disk)
            if problems:
                bad_images += any(p.startswith("fsck") for p in problems)
                bad_files += sum(1 for p in problems if not p.startswith("fsck"))
                print("SIGKILL:\n  " + "\n  ".join(problems))
    print("workload: %d cycles; cuts: %d, SIGKILLs: %d, inconsistent images: %d, "
          "files outside their allowed states: %d" % (total, done, kills, bad_images, bad_files))
    return 0 if bad_images == 0 and bad_files == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
