#!/usr/bin/env python3
"""run_qbin.py QVM PROG.qbin STATUS [--stdin FILE] [--host EXE] [--contains TEXT]...
                                   [--expect FILE] [--file-is FILE TEXT]...

Runs a program on qvm and checks its exit status. With --host, the same test built for
the host (with the host's C library) is run on the same input, and its output and
status must be the same: the host's libc is the oracle. Each --contains TEXT must occur
in the program's output; with --expect, the output must be that file's contents. Each
--file-is FILE TEXT: FILE (in the working directory) is removed before the run and must
hold exactly TEXT after it (files the program writes). Prints what differs and exits 1
on a mismatch."""
import argparse
import difflib
import os
import subprocess
import sys

# A sanitized host build must let malloc fail (the tests ask for impossible sizes).
ENV = dict(os.environ)
ENV['ASAN_OPTIONS'] = ENV.get('ASAN_OPTIONS', '') + ':allocator_may_return_null=1'


def run(command, stdin):
    try:
        return subprocess.run(command, input=stdin, capture_output=True, timeout=120,
                              env=ENV)
    except subprocess.TimeoutExpired:
        print(f'{command[-1]}: timed out')
        sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('qvm')
    parser.add_argument('prog')
    parser.add_argument('status', type=int)
    parser.add_argument('--stdin')
    parser.add_argument('--host')
    parser.add_argument('--contains', action='append', default=[])
    parser.add_argument('--expect')
    parser.add_argument('--file-is', nargs=2, action='append', default=[])
    args = parser.parse_args()
    stdin = open(args.stdin, 'rb').read() if args.stdin else b''
    for name, _ in args.file_is:
        if os.path.exists(name):
            os.remove(name)
    qpu = run([args.qvm, '-c', '2000000000', args.prog], stdin)
    ok = True
    for name, text in args.file_is:
        got = open(name, 'rb').read() if os.path.exists(name) else None
        if got != text.encode():
            print(f'{name}: holds {got!r}, expected {text.encode()!r}')
            ok = False
    if qpu.returncode != args.status:
        print(f'{args.prog}: exit status {qpu.returncode}, expected {args.status}')
        ok = False
    for text in args.contains:
        if text.encode() not in qpu.stdout:
            print(f'{args.prog}: output lacks {text!r}')
            ok = False
    if args.expect:
        expected = open(args.expect, 'rb').read()
        if qpu.stdout != expected:
            diff = difflib.unified_diff(expected.decode(errors='replace').splitlines(),
                                        qpu.stdout.decode(errors='replace').splitlines(),
                                        'expected', 'qvm', lineterm='', n=1)
            print('\n'.join(list(diff)[:60]))
            ok = False
    if args.host:
        host = run([args.host], stdin)
        if host.returncode != args.status:
            print(f'{args.host}: exit status {host.returncode}, expected {args.status}')
            ok = False
        if host.stdout != qpu.stdout:
            diff = difflib.unified_diff(host.stdout.decode(errors='replace').splitlines(),
                                        qpu.stdout.decode(errors='replace').splitlines(),
                                        'host', 'qvm', lineterm='', n=1)
            print('\n'.join(list(diff)[:60]))
            ok = False
    if not ok and not args.host:
        print('output:', qpu.stdout.decode(errors='replace')[:2000])
    if not ok and qpu.stderr:
        print('qvm stderr:', qpu.stderr.decode(errors='replace')[:2000])
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
