#!/usr/bin/env python3
"""Runs one reference example (shared/spec/examples/NAME.qbin, with --disk on a fresh
copy of NAME.disk where present) and checks result, exit status, cycles and stdout
against NAME.expect. Usage: run_example.py QVM EXAMPLES_DIR NAME"""
import base64, os, re, shutil, subprocess, sys, tempfile

def main():
    qvm, folder, name = sys.argv[1:4]
    expect = dict(re.findall(r"^(\w+): ?(.*)$", open(os.path.join(folder, name + ".expect")).read(), re.M))
    with tempfile.TemporaryDirectory() as tmp:
        args = [qvm, "--stats"]
        disk = os.path.join(folder, name + ".disk")
        if os.path.exists(disk):
            shutil.copy(disk, os.path.join(tmp, "disk"))
            args += ["--disk", os.path.join(tmp, "disk")]
        p = subprocess.run(args + [os.path.join(folder, name + ".qbin")], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=60)
    err = p.stderr.decode("utf-8", "replace")
    stats = dict(re.findall(r"^(cycles|result): (\S+)$", err, re.M))
    problems = []
    if stats.get("result", "").lower() != expect["result"].lower():
        problems.append("result: expected %s, got %s" % (expect["result"], stats.get("result")))
    if p.returncode != int(expect["exit"]):
        problems.append("exit: expected %s, got %d" % (expect["exit"], p.returncode))
    if stats.get("cycles") != expect["cycles"]:
        problems.append("cycles: expected %s, got %s" % (expect["cycles"], stats.get("cycles")))
    want_out = base64.b64decode(expect.get("stdout", "").strip())
    if p.stdout != want_out:
        problems.append("stdout: expected %r, got %r" % (want_out, p.stdout))
    if problems:
        print("\n".join(problems) + "\n--- stderr ---\n" + err)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
