#!/usr/bin/env python3
"""The lockstep test over the corpus: every machine-level test program (tests/qvm/*.qasm,
with the stdin, files, disk and options of its header) and every reference example
(shared/spec/examples/*.qbin) runs under --engine=ENGINE and under --engine=interp (the
reference loop) with --state-log; the machine state at every batch boundary (cycles,
steps, ip, interrupt counters, hashes of registers and memory), the exit status, stdout,
stderr (but the mips line) and the files left behind must be the same.
Usage: lockstep_corpus.py QASM QVM ENGINE TESTS_DIR EXAMPLES_DIR"""
import os, re, shlex, shutil, struct, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_qasm_test import parse_header, stdin_file  # noqa: E402

def run(qvm, engine, qbin, args, stdin, setup):
    """Runs qvm in a fresh directory prepared by setup(dir); returns what must agree."""
    with tempfile.TemporaryDirectory() as tmp:
        setup(tmp)
        log = os.path.join(tmp, "state.log")
        a = [arg.replace("{dir}", tmp).replace("{disk}", os.path.join(tmp, "disk.img"))
             for arg in args]
        with stdin_file(stdin) as f:
            p = subprocess.run([qvm, "--stats", "--engine=" + engine, "--state-log", log] + a
                               + [qbin], stdin=f, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=tmp, timeout=120)
        err = re.sub(rb"^mips: .*\n", b"", p.stderr, flags=re.M)
        files = {}
        for name in sorted(os.listdir(tmp)):
            if name != "state.log":
                with open(os.path.join(tmp, name), "rb") as f:
                    files[name] = f.read()
        states = []  # (none when qvm refuses its input before the machine exists)
        if os.path.exists(log):
            with open(log, encoding="ascii") as f:
                states = f.read().splitlines()
        return p.returncode, p.stdout, err, files, states

def compare(name, ref, eng):
    labels = ("exit status", "stdout", "stderr", "files", "states")
    for label, a, b in zip(labels, ref, eng):
        if a == b:
            continue
        if label == "states":
            for i, (x, y) in enumerate(zip(a, b)):
                if x != y:
                    return "%s: batch %d differs:\n  interp: %s\n  engine: %s" % (name, i, x, y)
            return "%s: %d batch states under interp, %d under the engine" % (name, len(a), len(b))
        return "%s: %s differs: interp %r, engine %r" % (name, label, a, b)
    return None

def qasm_cases(qasm, tests_dir, tmp):
    for src in sorted(f for f in os.listdir(tests_dir) if f.endswith(".qasm")):
        exp = parse_header(os.path.join(tests_dir, src))
        qbin = os.path.join(tmp, src[:-5] + ".qbin")
        subprocess.run([qasm, "-o", qbin, os.path.join(tests_dir, src)], check=True)
        args = shlex.split(exp.get("args", ""))
        if "disk" in exp:
            args += ["--disk", "{disk}"]

        def setup(d, exp=exp):
            if "disk" in exp:
                with open(os.path.join(d, "disk.img"), "wb") as f:
                    for k in range(exp["disk"]):
                        f.write(b"".join(struct.pack("<I", k << 16 | j) for j in range(128)))
            for fname, text in exp["file"]:
                with open(os.path.join(d, fname), "w", encoding="utf-8") as f:
                    f.write(text)
        yield src, qbin, args, exp.get("stdin", "").encode(), setup

def example_cases(examples_dir):
    for f in sorted(os.listdir(examples_dir)):
        if not f.endswith(".qbin"):
            continue
        disk = os.path.join(examples_dir, f[:-5] + ".disk")
        has_disk = os.path.exists(disk)

        def setup(d, disk=disk, has_disk=has_disk):
            if has_disk:
                shutil.copy(disk, os.path.join(d, "disk.img"))
        yield f, os.path.join(examples_dir, f), ["--disk", "{disk}"] if has_disk else [], b"", setup

def main():
    qasm, qvm, engine, tests_dir, examples_dir = sys.argv[1:6]
    qasm, qvm = os.path.abspath(qasm), os.path.abspath(qvm)
    problems, count = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = list(qasm_cases(qasm, tests_dir, tmp)) + list(example_cases(examples_dir))
        for name, qbin, args, stdin, setup in cases:
            ref = run(qvm, "interp", qbin, args, stdin, setup)
            eng = run(qvm, engine, qbin, args, stdin, setup)
            count += 1
            why = compare(name, ref, eng)
            if why:
                problems.append(why)
    print("%d programs under %s and interp, %d differ" % (count, engine, len(problems)))
    for p in problems:
        print(p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
