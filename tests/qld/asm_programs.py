#!/usr/bin/env python3
"""asm_programs.py - multi-object programs written in assembly (tests/qld/progs),
assembled with `qasm -c`, linked with qld and, if a qvm is given, run.
Usage: asm_programs.py QASM QLD QVM|- CASE"""
import os, re, subprocess, sys, tempfile

QASM, QLD, QVM, CASE = sys.argv[1:5]
PROGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "progs")
D = tempfile.mkdtemp(prefix="qld-asm-")

def fail(msg):
    sys.exit("FAIL: " + msg)

def run(cmd, ok=True, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if ok and p.returncode != 0:
        fail(f"{' '.join(cmd)} -> {p.returncode}\n{p.stderr}")
    return p

def assemble(*names):
    for n in names:
        run([QASM, "-c", "-o", os.path.join(D, n + ".o"), os.path.join(PROGS, n + ".s")])
    return [os.path.join(D, n + ".o") for n in names]

def libraries():
    assemble("lib_used", "lib_deep", "lib_unused")
    run(["ar", "rcs", "liba.a", "lib_unused.o", "lib_used.o"], cwd=D)
    run(["ar", "rcs", "libb.a", "lib_deep.o"], cwd=D)
    return os.path.join(D, "liba.a"), os.path.join(D, "libb.a")

def link(*inputs, ok=True):
    return run([QLD, "-o", os.path.join(D, "p.qbin"), "--map", os.path.join(D, "p.map"),
                "--elf", os.path.join(D, "p.elf")] + list(inputs), ok=ok)

def case_objects_well_formed():
    for o in assemble("main", "util", "lib_used"):
        for cmd in (["readelf", "-h", "-S", "-s", "-r", o], ["nm", o]):
            p = run(cmd)
            if p.stderr.strip():
                fail(f"{cmd}: {p.stderr}")
        if "Relocatable" not in run(["readelf", "-h", o]).stdout:
            fail(f"{o} is not ET_REL")

def case_run_program():
    main, util = assemble("main", "util")
    liba, libb = libraries()
    # util.o first on the command line: main.o holds _start and must still come first.
    link(util, main, liba, libb)
    syms = {}
    for line in open(os.path.join(D, "p.map")):
        if not line.startswith("#"):
            addr, kind, name = line.split()
            syms[name] = (int(addr, 16), kind)
    if syms["_start"][0] != 0x1000:
        fail(f"_start at {syms['_start'][0]:#x}")
    if "lib_unused" in syms or "lib_used" not in syms or "lib_deep" not in syms:
        fail(f"archive members pulled wrongly: {sorted(syms)}")
    size = os.path.getsize(os.path.join(D, "p.qbin"))
    if size != 4 * (syms["__bss_start"][0] - 0x1000):
        fail(f".qbin is {size} bytes: bss stored, or data missing")
    if QVM == "-":
        return
    p = run([QVM, os.path.join(D, "p.qbin")], ok=False)
    if p.returncode != 42:
        fail(f"program exited with {p.returncode} (42 = all checks passed; else the "
             f"failed check's number)\n{p.stdout}{p.stderr}")

def case_archive_order_matters():
    main, util = assemble("main", "util")
    liba, libb = libraries()
    p = link(main, util, libb, liba, ok=False)
    if p.returncode == 0 or not re.search(
            r"qld: error: .*liba\.a\(lib_used\.o\): undefined reference to 'lib_deep'", p.stderr):
        fail(f"expected an undefined reference from liba.a(lib_used.o):\n{p.stderr}")

globals()["case_" + CASE]()
subprocess.run(["rm", "-rf", D])
print("ok")
