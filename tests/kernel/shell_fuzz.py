#!/usr/bin/env python3
"""shell_fuzz.py QVM KERNEL IMAGE MKQFS - random shell input (fixed seeds): odd paths,
long names, many arguments, unknown commands, file churn. The kernel must never panic or
hang, must end with status 0 at end of input, and the image must pass mkqfs fsck."""
import os
import random
import shutil
import subprocess
import sys
import tempfile

WORDS = ["/", ".", "..", "../..", "/bin", "/bin/", "//bin//hello.qbin", "x", "/x",
         "/d", "/d/e", "/d/../x", "a" * 24, "b" * 25, "/" + "c" * 30, "", "&", "-1",
         "0", "99999", "README", "/poem.txt", "/bin/nope", "\u00e9t\u00e9"]
COMMANDS = ["ls", "cd", "pwd", "cat", "echo", "touch", "mkdir", "rm", "ps", "kill",
            "verbose", "run", "hello", "args", "wc", "fault", "frobnicate", "/bin/args.qbin",
            "ls.qbin", "/poem.txt", "spin"]


def line(rng):
    words = [rng.choice(COMMANDS)]
    for _ in range(rng.randrange(0, 6)):
        words.append(rng.choice(WORDS))
    if words[0] == "spin":
        words = ["spin", "s", "1", "&"]
    if words[0] == "verbose":
        words = ["verbose", rng.choice(["on", "off"])]
    return " ".join(words)


def main():
    qvm, kernel, image, mkqfs = sys.argv[1:5]
    problems = []
    for seed in range(3):
        rng = random.Random(seed)
        text = "".join(line(rng) + "\n" for _ in range(150))
        with tempfile.TemporaryDirectory() as tmp:
            disk = os.path.join(tmp, "disk.qfs")
            shutil.copyfile(image, disk)
            run = subprocess.run([qvm, "-s", kernel, "--disk", disk], input=text,
                                 capture_output=True, text=True, timeout=60)
            if run.returncode != 0 or "panic" in run.stdout:
                problems.append("seed %d: status %d\n%s" % (seed, run.returncode,
                                                           run.stdout[-3000:]))
            fsck = subprocess.run([mkqfs, "fsck", disk], capture_output=True, text=True)
            if fsck.returncode != 0:
                problems.append("seed %d: fsck: %s%s" % (seed, fsck.stdout, fsck.stderr))
    if problems:
        print("\n".join(problems))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
