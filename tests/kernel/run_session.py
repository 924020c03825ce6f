#!/usr/bin/env python3
"""run_session.py - scripted shell sessions on the kernel (tests/kernel).

usage: run_session.py QVM KERNEL IMAGE MKQFS CASE.session [PROGRAM.qbin ...]

Boots `qvm -s KERNEL --disk COPY` on a fresh copy of IMAGE (the extra programs are added
to /bin of the copy first), pipes the session's input into it and checks the result.
A .session file is a list of sections, each starting with a line `== NAME [ARG]`:

  input            lines piped to the first boot
  repeat N         lines appended to the input N times
  then             lines appended after those
  output           the exact standard output of the first boot
  contains[ X]     lines that must appear in the output, in this order (several
                   sections `contains a`, `contains b` are checked independently)
  regex            regular expressions that must each match somewhere (multiline)
  same TEXT        the output lines containing TEXT (at least two) are identical
  count N          lines that must appear exactly N times each
  stderr           lines that must appear in qvm's standard error (its statistics)
  input2/output2/contains...2   a second boot on the same image (a reboot)
  fsck             (empty) the image must pass `mkqfs fsck` at the end
  args             extra qvm options, one per line (e.g. --terminal=on: the input is
                   typed on the terminal device instead of read as lines)
  builtin          (empty) a session of the kernel's built-in shell: /bin/sh is removed
                   from the disk copy, so the kernel falls back to it; its message
                   (FALLBACK below) must appear and is left out of the output the
                   other sections check
Without `builtin` the kernel starts /bin/sh, the user-space shell.
Lines before the first section are comments. The exit status must be 0 on each boot.
In input lines, \\xHH stands for the byte HH (control keys: \\x03 is ^C, \\x04 ^D).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


FALLBACK = ("[kernel] cannot start /bin/sh: no such file or directory\n"
            "[kernel] using the built-in shell (`help` lists its commands)\n")


def without_fallback(out):
    """The output of a boot into the built-in shell, its fallback message taken out;
    None if the message is missing. It follows the banner, or the echo of what was
    typed before the kernel got there (--terminal=on)."""
    at = out.find(FALLBACK)
    if at < 0:
        return None
    return out[:at] + out[at + len(FALLBACK):]


def parse(path):
    sections, name = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("== "):
                name = line[3:].strip()
                sections.setdefault(name, [])
            elif name is not None:
                sections[name].append(line)
    return sections


def unescape(line):
    return re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), line)


def boot(qvm, kernel, image, lines, args=()):
    text = "".join(unescape(line) + "\n" for line in lines)
    run = subprocess.run([qvm, "-s", "-c", "2000000000", *args, kernel, "--disk", image],
                         input=text, capture_output=True, text=True, timeout=60)
    return run.returncode, run.stdout, run.stderr


def check_in_order(output, wanted, label):
    problems, pos = [], 0
    for line in wanted:
        found = output.find(line, pos)
        if found < 0:
            problems.append("%s: missing (in order): %r" % (label, line))
        else:
            pos = found + len(line)
    return problems


def check_boot(label, status, out, err, sections, suffix):
    problems = []
    if status != 0:
        problems.append("%s: exit status %d, expected 0" % (label, status))
    if "output" + suffix in sections:
        expected = "".join(l + "\n" for l in sections["output" + suffix])
        if out.rstrip("\n") != expected.rstrip("\n"):    # `exit` ends without a newline
            import difflib
            diff = difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                        "expected", "actual")
            problems.append("%s: output differs:\n%s" % (label, "".join(diff)))
    for key in sections:
        if key.startswith("contains") and key.endswith("2") == bool(suffix):
            problems += check_in_order(out, sections[key], label)
        if key == "regex" + suffix:
            import re
            for pattern in sections[key]:
                if not re.search(pattern, out, re.M):
                    problems.append("%s: no line matches %r" % (label, pattern))
        if key.startswith("same ") and not suffix:
            text = key[5:]
            found = [l for l in out.splitlines() if text in l]
            if len(found) < 2 or len(set(found)) != 1:
                problems.append("%s: lines containing %r differ or are missing: %r"
                                % (label, text, found))
    for key in sections:
        if key.startswith("count ") and not suffix:
            n = int(key.split()[1])
            for line in sections[key]:
                if out.count(line) != n:
                    problems.append("%s: %r appears %d times, expected %d"
                                    % (label, line, out.count(line), n))
    if not suffix:
        for line in sections.get("stderr", []):
            if line not in err.splitlines():
                problems.append("%s: qvm stderr lacks %r" % (label, line))
    return problems


def fallback_checked(out, sections, problems, label):
    if "builtin" not in sections:
        return out
    rest = without_fallback(out)
    if rest is None:
        problems.append("%s: the built-in shell's fallback message is missing" % label)
        return out
    return rest


def main():
    qvm, kernel, image, mkqfs, case = sys.argv[1:6]
    programs = sys.argv[6:]
    sections = parse(case)
    with tempfile.TemporaryDirectory() as tmp:
        disk = os.path.join(tmp, "disk.qfs")
        shutil.copyfile(image, disk)
        if "builtin" in sections:
            for name in ("/bin/sh", "/bin/sh.qbin"):
                subprocess.run([mkqfs, "rm", disk, name], capture_output=True)
        for prog in programs:
            name = os.path.basename(prog).replace("kernel_test_", "")
            subprocess.run([mkqfs, "add", disk, prog, "--name", name, "--to", "/bin"],
                           check=True)
        lines = list(sections.get("input", []))
        for key in sections:
            if key.startswith("repeat "):
                lines += sections[key] * int(key.split()[1])
        lines += sections.get("then", [])
        args = [a for a in sections.get("args", []) if a.strip()]
        status, out, err = boot(qvm, kernel, disk, lines, args)
        problems = []
        out = fallback_checked(out, sections, problems, "boot 1")
        problems += check_boot("boot 1", status, out, err, sections, "")
        if "input2" in sections:
            status, out2, err2 = boot(qvm, kernel, disk, sections["input2"], args)
            out2 = fallback_checked(out2, sections, problems, "boot 2")
            problems += check_boot("boot 2", status, out2, err2, sections, "2")
            out += "\n--- reboot ---\n" + out2
            err += err2
        if "fsck" in sections:
            fsck = subprocess.run([mkqfs, "fsck", disk], capture_output=True, text=True)
            if fsck.returncode != 0:
                problems.append("mkqfs fsck failed:\n" + fsck.stdout + fsck.stderr)
    if problems:
        print("\n".join(problems))
        print("--- output ---\n" + out[-6000:] + "--- qvm stderr ---\n" + err[-2000:])
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
