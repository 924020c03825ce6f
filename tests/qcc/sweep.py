#!/usr/bin/env python3
"""sweep.py - robustness sweep: truncated and randomly mutated versions of the tests/c
programs and the error tests, plus pathological inputs, must never crash qcc-lite
(no signal, no sanitizer report, exit status 0 or 1, bounded time); whatever it
accepts must assemble (qasm -c).

usage: sweep.py QCC WORKDIR [count [QASM]]  (env SWEEP_SEED changes the inputs)
"""
import os
import random
import subprocess
import sys

TOKENS = ["(", ")", "{", "}", "[", "]", ";", ",", "*", "&", "=", "int", "struct", "x",
          "typedef", "0", "'a'", '"s"', "...", "->", ".", "?", ":", "sizeof", "return",
          "case", "switch", "if", "else", "for", "__asm__", "++", "/*", "#", "\\"]


def sources():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for d in (os.path.join(here, "..", "c"), os.path.join(here, "errors")):
        for f in sorted(os.listdir(d)):
            if f.endswith(".c"):
                out.append(open(os.path.join(d, f), encoding="utf-8").read())
    return out


def mutate(rng, text):
    kind = rng.randrange(4)
    if kind == 0:
        return text[:rng.randrange(len(text) + 1)]
    if kind == 1:
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice(TOKENS) + text[i:]
    if kind == 2:
        i = rng.randrange(len(text) + 1)
        return text[:i] + text[i + rng.randrange(1, 20):]
    chars = list(text)
    for _ in range(rng.randrange(1, 5)):
        chars[rng.randrange(len(chars))] = chr(rng.randrange(1, 128))
    return "".join(chars)


def special():
    yield "int x = " + "(" * 5000 + "1" + ")" * 5000 + ";"
    yield "int x = " + "-" * 20000 + "1;"
    yield "void f(void) { " + "{" * 3000 + "}" * 3000 + " }"
    yield "int f(void) { return " + " + ".join(["1"] * 5000) + "; }"
    yield "int a[] = {" + ",".join(["{"] * 100) + "};"
    yield "\x00\x01\x02 int"
    yield "typedef int T; T T;"
    yield "struct s { struct s x; };"
    yield "int f(int (*g)(int (*)(int)));"
    yield "char *s = \"" + "x" * 100000 + "\";"
    yield "int main(void) { int a[3] = {[5] = 1}; return a[0]; }"


def main():
    qcc, work = sys.argv[1:3]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    qasm = sys.argv[4] if len(sys.argv) > 4 else None
    os.makedirs(work, exist_ok=True)
    rng = random.Random(int(os.environ.get("SWEEP_SEED", "12345")))
    srcs = sources()
    cases = list(special())
    for _ in range(count):
        cases.append(mutate(rng, rng.choice(srcs)))
    env = dict(os.environ, ASAN_OPTIONS="exitcode=99:detect_leaks=1",
               UBSAN_OPTIONS="exitcode=98:print_stacktrace=1")
    bad = 0
    for n, text in enumerate(cases):
        path = os.path.join(work, "case%d.c" % n)
        with open(path, "w", encoding="utf-8", errors="replace") as f:
            f.write(text)
        try:
            asm = path[:-2] + ".s"
            r = subprocess.run([qcc, "-Wall", "-S", "-o", asm, path], env=env,
                               capture_output=True, timeout=30)
        except subprocess.TimeoutExpired:
            print("TIMEOUT on %s" % path)
            bad += 1
            continue
        err = r.stderr.decode(errors="replace")
        if r.returncode not in (0, 1) or "Sanitizer" in err or "runtime error" in err:
            print("CRASH (status %d) on %s:\n%s" % (r.returncode, path, err[-3000:]))
            bad += 1
            continue
        if r.returncode == 0 and qasm:
            a = subprocess.run([qasm, "-c", "-o", path[:-2] + ".o", asm], capture_output=True,
                               timeout=30)
            if a.returncode != 0:
                print("ACCEPTED BUT DOES NOT ASSEMBLE: %s\n%s" % (path, a.stderr.decode()[-2000:]))
                bad += 1
                continue
            os.unlink(path[:-2] + ".o")
        if os.path.exists(asm):
            os.unlink(asm)
        os.unlink(path)
    print("%d inputs, %d failures" % (len(cases), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
