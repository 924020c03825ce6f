#!/usr/bin/env python3
"""csmith_diff.py - differential test of qcc-lite against the host gcc on Csmith programs.

For each seed: csmith (default options) writes a program; its integer-literal suffixes
L/UL are rewritten to none/U so that no constant depends on the width of `long` (the
oracle runs as a 64-bit host program: this machine cannot execute gcc -m32 output);
tests/csmith/csmith.h maps the 8- and 16-bit types to 32-bit ones for both compilers.
The host build's checksum is the oracle; qcc-lite's program runs on qvm (bare target)
at each -O level, with a cycle limit. Each (seed, level) ends as one of:
  agreed, miscompiled (checksums differ), refused (qcc-lite reports an error),
  crashed (qcc-lite dies or reports an internal error, or qasm/qld fail),
  timeout (qvm reached the cycle limit), skipped (the host program failed or ran past
  2 s of CPU time).
Prints one line per seed and level that did not agree, then the counts per level.
Exit status 1 if anything was refused, miscompiled or crashed.

usage: csmith_diff.py --qcc Q --qvm V --work DIR [--levels 0,1,2] [--cycles N]
                      [--keep] SEED|FIRST-LAST...
"""
import argparse
import os
import re
import resource
import shutil
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["agreed", "miscompiled", "refused", "crashed", "timeout", "skipped"]


def run(cmd, cpu_seconds, cwd=None):
    """Runs cmd with a limit on its CPU time (not wall time: on a loaded machine a niced
    campaign gets little of the CPU, and a slow run must not count as a failure); None
    if it ran past the limit (SIGXCPU) or past an hour of wall time."""
    def limit():  # the hard limit (SIGKILL) one second later, so SIGXCPU comes first
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=3600, preexec_fn=limit,
                           stdin=subprocess.DEVNULL, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None
    return None if r.returncode == -signal.SIGXCPU else r


def generate(seed, path):
    # (in the seed's directory: csmith writes platform.info where it runs)
    path = os.path.abspath(path)
    r = run(["csmith", "--seed", str(seed), "-o", path], 120, cwd=os.path.dirname(path))
    if r is None or r.returncode:
        return False
    text = open(path).read()
    # 0x1FL -> 0x1F, 7UL -> 7U (LL and ULL stay)
    text = re.sub(r"\b((?:0[xX][0-9A-Fa-f]+)|[0-9]+)([uU]?)[lL](?![lL])\b", r"\1\2", text)
    open(path, "w").write(text)
    return True


def checksum(text):
    m = re.search(r"checksum = ([0-9A-F]+)", text)
    return m.group(1) if m else None


def oracle(src, work):
    exe = os.path.join(work, "host")
    r = run(["gcc", "-w", "-O1", "-I", HERE, "-o", exe, src], 300)
    if r is None or r.returncode:
        return None
    # 2 s natively is billions of operations: far past what qvm runs in --cycles, so
    # a longer program could only end as a timeout anyway.
    r = run([exe], 2)
    if r is None or r.returncode:
        return None
    return checksum(r.stdout.decode(errors="replace"))


def qcc_level(args, src, work, level):
    qbin = os.path.join(work, "O%d.qbin" % level)
    r = run([args.qcc, "--target=bare", "-w", "-O%d" % level, "-I", HERE, "-o", qbin, src], 300)
    if r is None:
        return "crashed", "qcc-lite timed out"
    err = r.stderr.decode(errors="replace")
    if r.returncode:
        first = next((l for l in err.splitlines() if "error" in l), err.strip()[:200])
        if r.returncode < 0 or "internal" in err or "AddressSanitizer" in err or \
                "runtime error" in err or "qasm" in err or "qld" in err:
            return "crashed", first
        return "refused", first
    if "runtime error" in err or "AddressSanitizer" in err:
        return "crashed", err.strip().splitlines()[0]
    r = run([args.qvm, "-c", str(args.cycles), qbin], 600)
    if r is None or r.returncode == 255:
        return "timeout", ""
    got = checksum(r.stdout.decode(errors="replace"))
    return got, ""


def seeds_of(specs):
    for spec in specs:
        if "-" in spec:
            lo, hi = spec.split("-")
            yield from range(int(lo), int(hi) + 1)
        else:
            yield int(spec)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qcc", required=True)
    ap.add_argument("--qvm", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--levels", default="0,1,2")
    ap.add_argument("--cycles", type=int, default=200000000)
    ap.add_argument("--keep", action="store_true", help="keep the programs that failed")
    ap.add_argument("seeds", nargs="+")
    args = ap.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    counts = {lv: dict.fromkeys(KINDS, 0) for lv in levels}
    os.makedirs(args.work, exist_ok=True)
    for seed in seeds_of(args.seeds):
        work = os.path.join(args.work, "s%d" % seed)
        os.makedirs(work, exist_ok=True)
        src = os.path.join(work, "prog.c")
        bad = False
        if not generate(seed, src):
            print("seed %d: csmith failed" % seed)
            continue
        want = oracle(src, work)
        for lv in levels:
            if want is None:
                kind, note = "skipped", "host program timed out or failed"
            else:
                got, note = qcc_level(args, src, work, lv)
                if got in ("refused", "crashed", "timeout"):
                    kind = got
                elif got == want:
                    kind = "agreed"
                else:
                    kind, note = "miscompiled", "checksum %s, gcc %s" % (got, want)
            counts[lv][kind] += 1
            if kind != "agreed":
                print("seed %d -O%d: %s %s" % (seed, lv, kind, note), flush=True)
                bad |= kind in ("refused", "crashed", "miscompiled")
        if not bad or not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    failed = False
    for lv in levels:
        c = counts[lv]
        print("-O%d: %s" % (lv, ", ".join("%s %d" % (k, c[k]) for k in KINDS)))
        failed |= c["refused"] + c["miscompiled"] + c["crashed"] > 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
