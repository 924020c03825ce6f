#!/usr/bin/env python3
"""session_disk.py - the disk `make run` boots: a copy of the build's pristine image that
keeps the user's files between runs.

usage: session_disk.py MKQFS PRISTINE BIN_DIR SESSION [--reset]

The first time (or with --reset) SESSION is a copy of PRISTINE. Afterwards the programs
in BIN_DIR (the files the build put in the image's /bin) that changed since the last
update replace (or are added to) SESSION's /bin; everything else on SESSION stays as the
user left it. What was installed is remembered in SESSION.stamp (name and SHA-1 of each
program). Quiet when there is nothing to do, one line when it updates.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys


def mkqfs(tool, *args):
    return subprocess.run([tool] + list(args), capture_output=True, text=True)


def digests(bin_dir):
    result = {}
    for name in sorted(os.listdir(bin_dir)):
        with open(os.path.join(bin_dir, name), "rb") as f:
            result[name] = hashlib.sha1(f.read()).hexdigest()
    return result


def update(tool, bin_dir, session, installed, wanted):
    changed = 0
    for name, digest in wanted.items():
        if installed.get(name) == digest:
            continue
        mkqfs(tool, "rm", session, "/bin/" + name)       # absent is fine
        added = mkqfs(tool, "add", session, os.path.join(bin_dir, name), "--name", name,
                      "--to", "/bin", "--exec")
        if added.returncode != 0:
            sys.stderr.write(added.stderr)
            sys.stderr.write("session disk: could not update /bin/%s; `make reset-disk` "
                             "starts a fresh disk (your files on it are lost)\n" % name)
            return -1
        changed += 1
    return changed


def main():
    args = [a for a in sys.argv[1:] if a != "--reset"]
    if len(args) != 4:
        sys.stderr.write(__doc__)
        return 2
    tool, pristine, bin_dir, session = args
    stamp = session + ".stamp"
    wanted = digests(bin_dir)
    if "--reset" in sys.argv or not os.path.exists(session) or not os.path.exists(stamp):
        shutil.copyfile(pristine, session)
        print("session disk: a fresh copy of the image in %s" % session)
    else:
        with open(stamp) as f:
            installed = json.load(f)
        if installed == wanted:
            return 0
        changed = update(tool, bin_dir, session, installed, wanted)
        if changed < 0:
            return 1
        print("session disk: %d program%s in /bin updated" % (changed, "s" if changed != 1 else ""))
    with open(stamp, "w") as f:
        json.dump(wanted, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
