#!/usr/bin/env python3
"""Compiles a C file with `qcc-lite -S` and checks the section of each data label:
names containing ro_ / rw_ / bss_ must be in .rodata / .data / .bss, and string
literals (@$str$N) in .rodata.  Usage: check_sections.py QCC SRC WORKDIR"""
import os
import re
import subprocess
import sys

WANT = [("ro_", ".rodata"), ("rw_", ".data"), ("bss_", ".bss"), ("$str$", ".rodata")]


def sections_of(asm):
    placed, section = {}, None
    for line in asm.splitlines():
        line = line.split(";")[0].strip()
        if line in (".text", ".rodata", ".data", ".bss"):
            section = line
        elif re.fullmatch(r"@\S+:", line):
            placed[line[1:-1]] = section
    return placed


def main():
    qcc, src, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, "out.s")
    subprocess.run([qcc, "--target=bare", "-S", "-o", out, src], check=True)
    placed = sections_of(open(out).read())
    checked, bad = 0, []
    for name, section in sorted(placed.items()):
        for key, want in WANT:
            if key in name:
                checked += 1
                if section != want:
                    bad.append(f"{name}: in {section}, expected {want}")
    if not any("$str$" in n for n in placed):
        bad.append("no string literal label found")
    for b in bad:
        print(b)
    print(f"{checked} labels checked, {len(bad)} wrong")
    return 1 if bad or checked < 10 else 0


if __name__ == "__main__":
    sys.exit(main())
