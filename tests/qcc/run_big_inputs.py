#!/usr/bin/env python3
"""run_big_inputs.py - qcc-lite on huge and deeply nested inputs, generated here (none is
committed): each must compile (to assembly) without a crash, or, nested beyond the
documented limit (docs/c-dialect.md), fail with a clear "too deeply nested" error.
Time and memory are linear: ctest's timeout catches a quadratic regression.

usage: run_big_inputs.py QCC WORKDIR
"""
import os
import subprocess
import sys


def cases():
    n = 100000
    yield "sum_chain", "int f(int x) { return " + "+".join(["x"] * n) + "; }\n", None
    yield "comma_chain", "int f(int x) { return (" + ",".join(["x"] * n) + "); }\n", None
    yield "right_nested", "int f(int x) { return " + "x - (" * n + "x" + ")" * n + "; }\n", None
    yield "statements", "int f(int x) {\n" + "x = x + 1;\n" * 200000 + "return x; }\n", None
    yield "initializer", "int a[] = {" + ",".join(["1"] * 1000000) + "};\n", None
    yield "strings", "const char *s = " + "\n".join(['"ab"'] * 100000) + ";\n", None
    yield "blocks", "int f(int x) { " + "{" * 50000 + "x++;" + "}" * 50000 + " return x; }\n", None
    deep = 400000
    yield ("too_deep", "int f(int x) { return " + "x - (" * deep + "x" + ")" * deep + "; }\n",
           "error: too deeply nested")


def main():
    qcc, work = sys.argv[1:3]
    os.makedirs(work, exist_ok=True)
    failed = False
    for name, text, want_error in cases():
        src = os.path.join(work, name + ".c")
        with open(src, "w") as f:
            f.write(text)
        r = subprocess.run([qcc, "-S", "-o", os.path.join(work, name + ".s"), src],
                           capture_output=True, timeout=600)
        err = r.stderr.decode(errors="replace")
        os.remove(src)
        if want_error:
            ok = r.returncode == 1 and (name + ".c:1:") in err and want_error in err
        else:
            ok = r.returncode == 0
        print("%s: %s" % ("ok" if ok else "FAIL", name))
        if not ok:
            print("  status %d, stderr: %s" % (r.returncode, err[:300]))
            failed = True
        out = os.path.join(work, name + ".s")
        if os.path.exists(out):
            os.remove(out)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
