#!/usr/bin/env python3
"""check_elf_tools.py - the objects and executables qobj writes are well-formed ELF:
readelf -h -S -s -r and nm read them with status 0 and nothing on stderr, and nm
shows the expected symbol types.
Usage: check_elf_tools.py TEST_QOBJ_BINARY"""
import os, subprocess, sys, tempfile

def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0 or p.stderr.strip():
        sys.exit(f"FAIL: {' '.join(cmd)} (status {p.returncode}):\n{p.stderr}")
    return p.stdout

def expect(text, needle, what):
    if needle not in text:
        sys.exit(f"FAIL: {what}: expected {needle!r} in:\n{text}")

with tempfile.TemporaryDirectory() as d:
    run([sys.argv[1], d])
    rel, exe = os.path.join(d, "rel.o"), os.path.join(d, "exec.elf")
    out = run(["readelf", "-h", "-S", "-s", "-r", rel])
    expect(out, "REL (Relocatable file)", "readelf -h")
    for sec in (".text", ".rodata", ".data", ".bss", ".rela.text", ".rela.data", ".symtab"):
        expect(out, sec, "readelf -S")
    out = run(["nm", rel])
    for line in ("00000000 T _start", "00000003 t loop", "00000000 r msg", "00000001 D counter",
                 "00000002 B buffer", "U puts", "00001234 A LIMIT"):
        expect(out, line, "nm rel.o")
    out = run(["readelf", "-h", "-S", "-s", "-r", exe])
    expect(out, "EXEC (Executable file)", "readelf -h")
    expect(out, "0x1000", "entry point")
    out = run(["nm", exe])
    for line in ("00001000 T _start", "00001003 t loop", "00001005 r msg", "00001009 D counter",
                 "0000100c B buffer"):
        expect(out, line, "nm exec.elf")
    run(["objdump", "-h", rel])
print("ok")
