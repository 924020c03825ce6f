#!/usr/bin/env python3
"""run_qbin.py QVM PROG.qbin STATUS [STDIN_FILE [EXPECTED_STDOUT_FILE]]

Runs a program on qvm and checks its exit status (and, if given, its output for the
given input). Prints what differs and exits 1 on a mismatch."""
import subprocess
import sys


def main():
    qvm, prog, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
    stdin = open(sys.argv[4], 'rb').read() if len(sys.argv) > 4 else b''
    expected = open(sys.argv[5], 'rb').read() if len(sys.argv) > 5 else None
    try:
        run = subprocess.run([qvm, '-c', '200000000', prog], input=stdin,
                             capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        print(f'{prog}: timed out')
        return 1
    ok = True
    if run.returncode != status:
        print(f'{prog}: exit status {run.returncode}, expected {status}')
        ok = False
    if expected is not None and run.stdout != expected:
        print(f'{prog}: output differs\n--- expected\n{expected.decode(errors="replace")}'
              f'--- got\n{run.stdout.decode(errors="replace")}')
        ok = False
    if not ok and run.stderr:
        print('stderr:', run.stderr.decode(errors='replace'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
