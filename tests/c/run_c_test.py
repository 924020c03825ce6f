#!/usr/bin/env python3
"""run_c_test.py - builds one tests/c program with qcc-lite for --target=bare, runs it on
qvm and compares stdout and exit status with the expectation: NAME.expect beside the
source if it exists (programs that depend on the word size), else the same program
built with the host gcc (the oracle).

usage: run_c_test.py QCC QASM QVM SOURCE WORKDIR [extra qcc flags...]
       run_c_test.py QCC QASM QVM --setup SUPPORTDIR
The setup form builds the shared test sysroot (crt0.o) and print.o once (ctest fixture);
the tests find them in WORKDIR/../../support.
"""
import os
import subprocess
import sys


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, timeout=60, **kw)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def setup(qcc, qasm, out):
    here = os.path.dirname(os.path.abspath(__file__))
    support = os.path.join(here, "support")
    os.makedirs(os.path.join(out, "sysroot", "lib", "bare"), exist_ok=True)
    os.makedirs(os.path.join(out, "sysroot", "include"), exist_ok=True)
    crt0 = os.path.join(out, "sysroot", "lib", "bare", "crt0.o")
    r = run([qasm, "-c", "-o", crt0, os.path.join(support, "crt0.s")])
    if r.returncode:
        fail("assembling crt0.s: " + r.stderr.decode())
    r = run([qcc, "--target=bare", "-c", "-I", support, "-o", os.path.join(out, "print.o"),
             os.path.join(support, "print.c")])
    if r.returncode:
        fail("compiling print.c: " + r.stderr.decode())
    print("ok: support built in " + out)


def main():
    qcc, qasm, qvm = sys.argv[1:4]
    if sys.argv[4] == "--setup":
        setup(qcc, qasm, sys.argv[5])
        return
    src, work = sys.argv[4:6]
    extra = sys.argv[6:]
    here = os.path.dirname(os.path.abspath(__file__))
    support = os.path.join(here, "support")
    built = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(work))), "support")
    name = os.path.splitext(os.path.basename(src))[0]
    os.makedirs(work, exist_ok=True)
    sysroot = os.path.join(built, "sysroot")
    qbin = os.path.join(work, name + ".qbin")
    cmd = [qcc, "--target=bare", "--sysroot", sysroot, "-I", support, "-o", qbin,
           src, os.path.join(built, "print.o")] + extra
    r = run(cmd)
    if r.returncode:
        fail("qcc-lite failed:\n" + " ".join(cmd) + "\n" + r.stderr.decode())
    r = run([qvm, "-c", "200000000", qbin])
    got_out, got_status = r.stdout.decode(errors="replace"), r.returncode
    if r.stderr:
        sys.stderr.write(r.stderr.decode(errors="replace"))

    expect = os.path.splitext(src)[0] + ".expect"
    if os.path.exists(expect):
        text = open(expect).read()
        head, _, body = text.partition("\n")
        want_status = int(head.split(":")[1])
        want_out = body
    else:
        host = os.path.join(work, name + ".host")
        r = run(["gcc", "-std=gnu11", "-w", "-O0", "-I", support, "-o", host, src,
                 os.path.join(support, "print_host.c")])
        if r.returncode:
            fail("gcc failed:\n" + r.stderr.decode())
        r = run([host])
        want_out, want_status = r.stdout.decode(errors="replace"), r.returncode & 0xFF

    ok = True
    if got_out != want_out:
        print("stdout differs:\n--- expected\n" + want_out + "\n--- got\n" + got_out)
        ok = False
    if got_status != want_status:
        print("exit status %d, expected %d" % (got_status, want_status))
        ok = False
    if not ok:
        sys.exit(1)
    print("ok: " + name)


if __name__ == "__main__":
    main()
