#!/usr/bin/env python3
"""Runs one machine-level test program (tests/qvm/*.qasm) through qasm and qvm and
checks it against the expectations in its comment header:

  ; result: 0x0000002A      r0 at the stop (from --stats)
  ; exit: 42                exit status (default: result & 0xFF, or 0)
  ; cycles: 123             the cycle counter at the stop
  ; stdout: "text\\n"        exact stdout (a Python string literal; default empty)
  ; stderr: "text"          a substring stderr must contain (repeatable)
  ; stdin: "line\\n"         what stdin holds (default: empty)
  ; args: -m 8192           extra qvm options; {disk} and {dir} are replaced
  ; disk: 4                 a fresh disk image of 4 sectors, word j of sector k = k<<16|j
  ; file: name "text"       a file created in the test directory before the run
  ; expect-file: name "text"  a file that must exist after the run, with this content
  ; second-result: 0x2A     run again on the same disk; r0 of the second run
Exits 0 when every expectation holds, else prints what differed and exits 1."""
import ast, os, re, shlex, struct, subprocess, sys, tempfile

def parse_header(path):
    exp = {"stderr": [], "file": [], "expect-file": []}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*;\s*([a-z-]+):\s?(.*)$", line)
        if not m:
            continue
        key, val = m.group(1), m.group(2).strip()
        if key in ("result", "exit", "cycles", "disk", "second-result"):
            exp[key] = int(val, 0)
        elif key in ("stdout", "stdin"):
            exp[key] = ast.literal_eval(val)
        elif key == "stderr":
            exp["stderr"].append(ast.literal_eval(val))
        elif key == "args":
            exp["args"] = val
        elif key in ("file", "expect-file"):
            name, text = val.split(None, 1)
            exp[key].append((name, ast.literal_eval(text)))
    return exp

def stdin_file(data):
    """The header's stdin as a file, all of it there from the first cycle: a pipe filled
    after qvm starts would make when the input arrives, and so the cycle counts, depend on
    how busy the host is."""
    f = tempfile.TemporaryFile()
    f.write(data)
    f.seek(0)
    return f

def run_qvm(qvm, qbin, exp, tmp, disk):
    args = shlex.split(exp.get("args", "").replace("{disk}", disk).replace("{dir}", tmp))
    if "disk" in exp:
        args += ["--disk", disk]
    with stdin_file(exp.get("stdin", "").encode()) as stdin:
        p = subprocess.run([qvm, "--stats"] + args + [qbin], stdin=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp, timeout=60)
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    stats = dict(re.findall(r"^(cycles|result): (\S+)$", err, re.M))
    return p.returncode, out, err, stats

def main():
    qasm, qvm, src = (os.path.abspath(p) for p in sys.argv[1:4])
    exp = parse_header(src)
    with tempfile.TemporaryDirectory() as tmp:
        qbin = os.path.join(tmp, "prog.qbin")
        a = subprocess.run([qasm, "-o", qbin, src], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        if a.returncode != 0:
            print("qasm failed:\n" + a.stderr.decode())
            return 1
        disk = os.path.join(tmp, "disk.img")
        if "disk" in exp:
            with open(disk, "wb") as f:
                for k in range(exp["disk"]):
                    f.write(b"".join(struct.pack("<I", k << 16 | j) for j in range(128)))
        for name, text in exp["file"]:
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(text)
        status, out, err, stats = run_qvm(qvm, qbin, exp, tmp, disk)
        problems = []
        if "result" in exp and stats.get("result") != "0x%08x" % exp["result"]:
            problems.append("result: expected 0x%08x, got %s" % (exp["result"], stats.get("result")))
        want_exit = exp.get("exit", exp.get("result", 0) & 0xFF)
        if status != want_exit:
            problems.append("exit status: expected %d, got %d" % (want_exit, status))
        if "cycles" in exp and stats.get("cycles") != str(exp["cycles"]):
            problems.append("cycles: expected %d, got %s" % (exp["cycles"], stats.get("cycles")))
        if out != exp.get("stdout", ""):
            problems.append("stdout: expected %r, got %r" % (exp.get("stdout", ""), out))
        for s in exp["stderr"]:
            if s not in err:
                problems.append("stderr lacks %r" % s)
        for name, text in exp["expect-file"]:
            path = os.path.join(tmp, name)
            got = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if got != text:
                problems.append("file %s: expected %r, got %r" % (name, text, got))
        if "second-result" in exp:
            status2, _, err2, stats2 = run_qvm(qvm, qbin, exp, tmp, disk)
            if stats2.get("result") != "0x%08x" % exp["second-result"]:
                problems.append("second run result: expected 0x%08x, got %s"
                                % (exp["second-result"], stats2.get("result")))
        if problems:
            print("\n".join(problems))
            print("--- stderr ---\n" + err)
            return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
