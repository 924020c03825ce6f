#!/usr/bin/env python3
"""run_tools.py - the bin/ tools on the QPU against the host's GNU tools (tests/userland).

usage: run_tools.py QVM KERNEL IMAGE MKQFS CASES DATA_DIR

Each non-blank, non-comment line of CASES is one command line `TOOL ARGS...`, run in
the directory /t of a fresh copy of IMAGE (the files of DATA_DIR copied into /t) as
`run /bin/TOOL.qbin ARGS...`, and on the host as `TOOL ARGS...` in a copy of DATA_DIR.
Standard output and the exit status must be the same (and, when the status is not 0,
the messages on standard error, which share the QPU's console). A line may end with
`  ## EXPECT` to give the expected QPU output instead of the host's (`\\n` for newlines),
for tools whose output format differs on purpose. All cases run in one boot of /bin/sh,
each with its words in single quotes (passed as written) and followed by `|| echo "exit
status $?"` and the `echo` of a marker, so the outputs and statuses can be told apart.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

MARK = "@@end-of-case@@"


def parse_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            expect = None
            if "  ## " in line:
                line, expect = line.split("  ## ", 1)
                expect = expect.replace("\\n", "\n")
            cases.append((line.strip(), expect))
    return cases


def host_run(command, data):
    argv = shlex.split(command)
    run = subprocess.run(argv, cwd=data, capture_output=True, text=True, timeout=30,
                         env={"LC_ALL": "C", "PATH": os.environ.get("PATH", "")})
    # a failing tool's message goes to the same console on the QPU: compare it too
    return run.stdout + (run.stderr if run.returncode else ""), run.returncode


def qpu_run(qvm, kernel, disk, cases):
    lines = ["cd /t"]
    for command, _ in cases:
        argv = shlex.split(command)
        quoted = " ".join(shlex.quote(a) for a in argv[1:])
        lines.append("run /bin/%s.qbin %s || echo \"exit status $?\"" % (argv[0], quoted))
        lines.append("echo " + MARK)
    text = "".join(l + "\n" for l in lines)
    run = subprocess.run([qvm, "-s", "-c", "4000000000", kernel, "--disk", disk],
                         input=text, capture_output=True, text=True, timeout=300)
    out = run.stdout.split("\n", 1)[1] if "\n" in run.stdout else run.stdout
    out = out[len("$ "):] if out.startswith("$ ") else out          # after `cd /t`
    chunks = out.split("$ " + MARK + "\n")
    results = []
    for chunk in chunks[:len(cases)]:
        chunk = chunk[len("$ "):] if chunk.startswith("$ ") else chunk
        status = 0
        lines = chunk.split("\n")
        if len(lines) >= 2 and lines[-2].startswith("exit status "):
            status = int(lines[-2].split()[2])
            chunk = "\n".join(lines[:-2]) + "\n"
            if chunk == "\n":
                chunk = ""
        results.append((chunk, status))
    return results, run.returncode, run.stdout


def main():
    qvm, kernel, image, mkqfs, cases_path, data = sys.argv[1:7]
    cases = parse_cases(cases_path)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        disk = os.path.join(tmp, "disk.qfs")
        shutil.copyfile(image, disk)
        subprocess.run([mkqfs, "mkdir", disk, "/t"], check=True)
        for name in sorted(os.listdir(data)):
            subprocess.run([mkqfs, "add", disk, os.path.join(data, name), "--to", "/t"],
                           check=True)
        host_dir = os.path.join(tmp, "t")
        shutil.copytree(data, host_dir)
        results, status, raw = qpu_run(qvm, kernel, disk, cases)
        if status != 0:
            problems.append("qvm exit status %d" % status)
        if len(results) != len(cases):
            problems.append("only %d of %d cases finished" % (len(results), len(cases)))
        for (command, expect), (out, code) in zip(cases, results):
            if expect is not None:
                want, want_code = expect, None
            else:
                want, want_code = host_run(command, host_dir)
            if out != want or (want_code is not None and code != want_code):
                problems.append("%s\n  expected (status %s): %r\n  got (status %d):      %r"
                                % (command, want_code, want, code, out))
        if problems:
            print("\n".join(problems))
            print("--- raw output ---\n" + raw[-4000:])
            return 1
    print("%d cases passed" % len(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
