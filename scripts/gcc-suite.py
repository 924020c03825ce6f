#!/usr/bin/env python3
"""gcc-suite.py - runs gcc's own run-time tests against qcc-lite on qvm.

The sources are not in the repository: they come from Debian's gcc-12-source package
(`apt-get download gcc-12-source`, unpack gcc-12.2.0-dfsg.tar.xz from it). Two kinds:

  execute DIR   every *.c in DIR (gcc.c-torture/execute): compile, link, run; the test
                passes when it exits with status 0.
  dg DIR        the `dg-do run` tests of a gcc.dg folder. Tests whose target selectors or
                effective targets exclude this machine (no int128, no fenv, no lp64,
                binary32 double, ...) are skipped; `-std=`, `-D`, `-I`, `-U`,
                `-fno-builtin*` and `-ffreestanding` of dg-options are passed on, other
                options ignored; dg-additional-sources are added.
  builtins DIR  gcc.c-torture/execute/builtins: each X.c (not *-lib.c) is linked with
                X-lib.c and lib/main.c, as builtins.exp does. The lib/ replacements
                of library functions abort when called inside main under __OPTIMIZE__
                (gcc is expected to have folded the call), so run this kind with -O 0.
  compare A B   lists tests whose status differs between two result files.

Each test is compiled with `qcc-lite --target=bare -w` (plus -O LEVEL) and run on
`qvm -c CYCLES`. Results go to OUT as `name<TAB>status<TAB>detail` lines, status one of
pass, compile, link, run, timeout, skip; a summary is printed at the end.
"""
import argparse
import concurrent.futures as cf
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Effective targets this machine does not provide (32-bit int, long and pointers;
# float and double binary32; no fenv; no threads; not x86/ARM).
UNSUPPORTED = re.compile(
    r"^(int128|lp64|fenv.*|float(16|64|128|32x|64x|128x).*|__float128|.*x86.*|sse.*|avx.*|"
    r"ia32|scheduling|large_double|large_long_double|mmap|trapping|"
    r"floatn_nx_runtime|double64.*|longdouble128|vect_.*|pthread.*|tls.*|"
    r"section_anchors|named_sections|lto|fpic|pie|shared|dfp|ppc.*|arm.*|aarch64.*|"
    r"int16|size20plus|sync_.*_128|cas_int|vma_.*|stack_size|alias|ifunc|"
    r"weak_undefined|freorder|fstack_protector|nonpic|fgraphite|global_constructor)$")

TARGET_OK = re.compile(r"^(\*-\*-\*|ilp32|int32plus|!?lp64|!int128|ptr32plus)$")


def dg_directives(text):
    return re.findall(r"\{\s*(dg-[\w-]+)\s*(.*?)\}\s*(?:\}\s*)?\*/|"
                      r"\{\s*(dg-[\w-]+)\s*(.*)\}", text)


def selector_ok(sel):
    """True when a `target`/`xfail` selector plausibly includes this machine."""
    words = sel.replace("{", " ").replace("}", " ").split()
    if not words or words[0] != "target":
        return True
    tail = words[1:]
    if any(w in ("||", "&&") for w in tail):
        return any(TARGET_OK.match(w) for w in tail if w not in ("||", "&&"))
    return all(TARGET_OK.match(w) or (w.startswith("!") and not TARGET_OK.match(w[1:]))
               for w in tail)


def dg_plan(path):
    """(run?, reason, extra options, additional sources) for one gcc.dg test."""
    text = open(path, errors="replace").read()
    m = re.search(r"\{\s*dg-do\s+run\b(.*)", text)
    if not m:
        return False, "not dg-do run", [], []
    rest = m.group(1)
    sel = re.search(r"\{\s*(target[^}]*)\}", rest)
    if sel and not selector_ok(sel.group(1)):
        return False, "target " + sel.group(1).strip(), [], []
    for m in re.finditer(r"dg-require-effective-target\s+(!?[\w+-]+)", text):
        if UNSUPPORTED.match(m.group(1)):
            return False, "effective target " + m.group(1), [], []
    for m in re.finditer(r"dg-skip-if\s+\"[^\"]*\"\s+\{([^}]*)\}", text):
        if "*-*-*" in m.group(1) or "ilp32" in m.group(1):
            return False, "dg-skip-if", [], []
    opts = []
    for m in re.finditer(r"dg-options\s+\"([^\"]*)\"", text):
        for o in m.group(1).split():
            if o.startswith(("-std=", "-D", "-I", "-U", "-fno-builtin", "-ffreestanding")):
                opts.append(o)
    extra = []
    for m in re.finditer(r"dg-additional-sources\s+\"?([^\"}]*)\"?", text):
        extra += [os.path.join(os.path.dirname(path), f) for f in m.group(1).split()]
    return True, "", opts, extra


def run_one(args, path, opts, extra):
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "t.qbin")
        cmd = [args.qcc, "--target=bare", "-w", "-O" + args.opt] + opts + [path] + extra + ["-o", exe]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp)
        except subprocess.TimeoutExpired:
            return name, "compile", "compiler timeout"
        if p.returncode != 0:
            msg = (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])
            err = [l for l in msg if "error" in l] or msg
            kind = "link" if "qld" in err[0] else "compile"
            return name, kind, err[0][:200]
        try:
            r = subprocess.run([args.qvm, "-c", str(args.cycles), exe], capture_output=True,
                               timeout=args.timeout, cwd=os.path.dirname(path))
        except subprocess.TimeoutExpired:
            return name, "timeout", "wall-clock limit"
        if r.returncode == 0:
            return name, "pass", ""
        tail = (r.stderr.decode(errors="replace").strip().splitlines() or [""])[-1]
        return name, "run", ("exit %d %s" % (r.returncode, tail))[:200]


def x_flags(path):
    """Options a torture test's X.x file adds (`set additional_flags ...`, `lappend
    additional_flags ...`): those that change what the test means here (-fno-builtin*,
    -ffreestanding, -D, -U, -std=); other options are ignored as for dg tests."""
    xfile = path[:-2] + ".x"
    if not os.path.exists(xfile):
        return []
    flags = []
    for m in re.finditer(r"(?:set|lappend)\s+additional_flags\s+\"?([^\"\n]*)",
                         open(xfile, errors="replace").read()):
        for o in m.group(1).split():
            if o.startswith(("-fno-builtin", "-ffreestanding", "-D", "-U", "-std=")):
                flags.append(o)
    return flags


def collect(args):
    files = sorted(f for f in os.listdir(args.dir) if f.endswith(".c"))
    if args.only:
        files = [f for f in files if re.search(args.only, f)]
    jobs, skipped = [], []
    for f in files:
        path = os.path.join(args.dir, f)
        if args.kind == "execute":
            jobs.append((path, x_flags(path), []))
            continue
        if args.kind == "builtins":
            if not f.endswith("-lib.c"):
                lib = os.path.join(args.dir, f[:-2] + "-lib.c")
                extra = [lib] if os.path.exists(lib) else []
                jobs.append((path, x_flags(path),
                             extra + [os.path.join(args.dir, "lib", "main.c")]))
            continue
        ok, why, opts, extra = dg_plan(path)
        if ok:
            jobs.append((path, opts, extra))
        elif why != "not dg-do run":
            skipped.append((f, "skip", why))
    return jobs, skipped


def compare(a, b):
    def load(p):
        return {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(p)}
    ra, rb = load(a), load(b)
    for k in sorted(set(ra) | set(rb)):
        sa = ra.get(k, [k, "-"])[1]
        sb = rb.get(k, [k, "-"])[1]
        if sa != sb:
            print("%-40s %-8s -> %-8s %s" % (k, sa, sb, (rb.get(k) or ra.get(k))[-1]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kind", choices=["execute", "dg", "builtins", "compare"])
    ap.add_argument("dir", help="test folder (or result file A for compare)")
    ap.add_argument("other", nargs="?", help="result file B for compare")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--out", default="gcc-suite.tsv")
    ap.add_argument("-O", dest="opt", default="1")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--cycles", type=int, default=300000000)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--only", help="regular expression on file names")
    args = ap.parse_args()
    if args.kind == "compare":
        compare(args.dir, args.other)
        return
    args.qcc = os.path.join(args.build, "qcc-lite", "qcc-lite")
    args.qvm = os.path.join(args.build, "qvm", "qvm")
    jobs, results = collect(args)
    with cf.ThreadPoolExecutor(args.j) as pool:
        futs = [pool.submit(run_one, args, *j) for j in jobs]
        for fut in cf.as_completed(futs):
            results.append(fut.result())
    results.sort()
    with open(args.out, "w") as out:
        for r in results:
            out.write("\t".join(r) + "\n")
    counts = {}
    for _, status, _ in results:
        counts[status] = counts.get(status, 0) + 1
    print(" ".join("%s %d" % kv for kv in sorted(counts.items())), "of", len(results))


if __name__ == "__main__":
    sys.exit(main())
